// Jest global teardown: undoes jest-global-setup.ts. A test may have stopped and restarted the
// broker from its own process, so the broker is also stopped through its pid file.
import fs from 'node:fs';
import { stopKafkaBrokerByDataDir } from './kafka-broker';
import { dropDatabase } from './postgres-admin';
import { takeTestRun } from './test-run';

export default async function globalTeardown(): Promise<void> {
  const run = takeTestRun();
  if (!run) return;
  const failures: unknown[] = [];
  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      failures.push(error);
    }
  };

  await attempt(() => dropDatabase(run.adminUrl, run.database));
  const kafka = run.kafka;
  if (kafka) {
    await attempt(async () => {
      await kafka.stop();
      await stopKafkaBrokerByDataDir(kafka.dataDir);
      fs.rmSync(kafka.dataDir, { recursive: true, force: true });
    });
  }
  await attempt(() => run.postgres.stop());

  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) throw new AggregateError(failures, 'local-stack teardown failed');
}
