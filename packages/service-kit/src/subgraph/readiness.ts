import type { MikroORM } from '@mikro-orm/postgresql';
import type { Kafka } from 'kafkajs';

/** Cached for a second so a busy probe does not become load. */
export function readinessProbe(orm: MikroORM, kafka: Kafka) {
  const admin = kafka.admin();
  let adminConnected = false;
  let last: { at: number; result: { postgres: boolean; kafka: boolean } } | null = null;
  const withTimeout = <T>(work: Promise<T>) =>
    Promise.race([
      work,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
    ]);
  const check = async () => {
    if (last && Date.now() - last.at < 1_000) return last.result;
    const postgres = await withTimeout(orm.em.fork().execute('select 1')).then(
      () => true,
      () => false,
    );
    const kafkaUp = await withTimeout(
      (async () => {
        if (!adminConnected) {
          await admin.connect();
          adminConnected = true;
        }
        await admin.describeCluster();
      })(),
    ).then(
      () => true,
      () => false,
    );
    last = { at: Date.now(), result: { postgres, kafka: kafkaUp } };
    return last.result;
  };
  const close = async () => {
    if (adminConnected) await admin.disconnect().catch(() => undefined);
  };
  return { check, close };
}
