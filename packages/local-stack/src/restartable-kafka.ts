// A Kafka broker of a test's own that the test can take away (a real process stop: SIGTERM or
// SIGKILL of the java process) and bring back on the same data directory and ports, so clients
// configured with its address find it again with the topics, offsets and groups it had.
import fs from 'node:fs';
import path from 'node:path';
import { startKafkaBroker, startKafkaBrokerByDataDir, type KafkaBroker } from './kafka-broker';
import { RUN_PID_FILE, hubDir, kafkaDirPrefix } from './test-run';

export class RestartableKafkaBroker {
  private current: KafkaBroker | null;

  private constructor(
    private readonly repoRoot: string,
    readonly dataDir: string,
    broker: KafkaBroker,
  ) {
    this.current = broker;
  }

  /**
   * A fresh broker in `.hub/test-kafka-<label>`: named so that a later test run's global setup
   * sweeps it away if this process dies without stopping it.
   */
  static async start(options: {
    repoRoot: string;
    label: string;
    log?: (line: string) => void;
  }): Promise<RestartableKafkaBroker> {
    const dataDir = path.join(hubDir, `${kafkaDirPrefix}${options.label}`);
    const broker = await startKafkaBroker({
      repoRoot: options.repoRoot,
      dataDir,
      fresh: true,
      log: options.log,
    });
    fs.writeFileSync(path.join(dataDir, RUN_PID_FILE), `${process.pid}\n`);
    return new RestartableKafkaBroker(options.repoRoot, dataDir, broker);
  }

  get brokers(): string[] {
    return [...this.broker().brokers];
  }

  get pid(): number | undefined {
    return this.current?.pid;
  }

  get isRunning(): boolean {
    return this.current !== null;
  }

  /** Stops the java process with `signal` (SIGKILL: no controlled shutdown) and waits for it. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const broker = this.broker();
    try {
      process.kill(broker.pid, signal);
    } catch {
      // already gone
    }
    await broker.exited;
    await broker.stop(); // removes the pid files once the process is gone
    this.current = null;
  }

  /** Starts it again on the same data directory and ports. */
  async restart(): Promise<void> {
    if (this.current) throw new Error('the broker is running');
    this.current = await startKafkaBrokerByDataDir({
      repoRoot: this.repoRoot,
      dataDir: this.dataDir,
    });
  }

  /** Stops it (if running) and deletes its data. */
  async destroy(): Promise<void> {
    await this.current?.stop().catch(() => undefined);
    this.current = null;
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private broker(): KafkaBroker {
    if (!this.current) throw new Error('the broker is stopped');
    return this.current;
  }
}
