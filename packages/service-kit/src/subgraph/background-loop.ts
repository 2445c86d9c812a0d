import { describeError, type Logger } from '../config/logger';
import type { BackgroundWorker } from './definition';

/**
 * The life of a background loop (relay, mail sender, deadline scans): started once, stopped by
 * waiting for the round in progress to end, sleeping between rounds in a pause that `wake()`
 * or `stop()` cuts short.
 */
export class BackgroundLoop {
  private active = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  /** Whether the loop should go on: false once `stop()` was called. */
  get running(): boolean {
    return this.active;
  }

  start(body: () => Promise<void>): void {
    if (this.active) return;
    this.active = true;
    this.loop = body();
  }

  async stop(): Promise<void> {
    this.active = false;
    this.wake();
    await this.loop;
    this.loop = null;
  }

  /** Ends the current pause at once, e.g. when new work was announced. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Waits `ms`, or less if woken or stopped. */
  async pause(ms: number): Promise<void> {
    if (!this.active) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = null;
  }
}

/**
 * Runs `round(now)` every `intervalMs` until stopped; a round that reports more work waiting
 * runs again at once. A failed round is logged and retried on the next tick.
 */
export class PeriodicWorker implements BackgroundWorker {
  private readonly loop = new BackgroundLoop();

  constructor(
    private readonly options: {
      readonly name: string;
      readonly logger: Logger;
      readonly intervalMs: number;
      /** Returns true when more work is waiting. */
      readonly round: (now: Date) => Promise<boolean>;
    },
  ) {}

  start(): void {
    this.loop.start(() => this.run());
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async run(): Promise<void> {
    const { logger, intervalMs, round, name } = this.options;
    while (this.loop.running) {
      let more = false;
      try {
        more = await round(new Date());
      } catch (error) {
        logger.warn({ err: describeError(error) }, `${name} failed; will retry`);
      }
      if (!more) await this.loop.pause(intervalMs);
    }
  }
}
