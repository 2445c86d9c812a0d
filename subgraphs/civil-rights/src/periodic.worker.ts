import { describeError, type BackgroundWorker, type Logger } from '@hub/service-kit';

/**
 * Runs `round(now)` every `intervalMs` until stopped; a round that reports a full batch runs
 * again at once. A failed round is logged and retried on the next tick.
 */
export class PeriodicWorker implements BackgroundWorker {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

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
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  private async run(): Promise<void> {
    const { logger, intervalMs, round, name } = this.options;
    while (this.running) {
      let more = false;
      try {
        more = await round(new Date());
      } catch (error) {
        logger.warn({ err: describeError(error) }, `${name} failed; will retry`);
      }
      if (more) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }
}
