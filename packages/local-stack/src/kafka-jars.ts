// The Apache Kafka jars the local broker runs from: docker/kafka/pom.xml names them, Maven
// fetches them into docker/kafka/target/libs, once per version of the pom.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readText, runCommand } from './processes';

const KAFKA_JAR = /^kafka_2\.13-.*\.jar$/;

/** docker/kafka: the pom.xml, the log4j.properties and, under target/, the fetched jars. */
export const kafkaDir = (repoRoot: string) => path.join(repoRoot, 'docker', 'kafka');

/**
 * Makes sure `docker/kafka/target/libs` holds the jars of the current pom.xml, running Maven
 * once when they are missing or the pom changed since they were fetched. Returns the libs dir.
 */
export function ensureKafkaJars(
  repoRoot: string,
  log: (line: string) => void = () => {},
): Promise<string> {
  // One Maven run per process even when several brokers start at once.
  const key = path.resolve(repoRoot);
  let pending = jarFetches.get(key);
  if (!pending) {
    pending = fetchKafkaJars(key, log).finally(() => jarFetches.delete(key));
    jarFetches.set(key, pending);
  }
  return pending;
}

const jarFetches = new Map<string, Promise<string>>();

async function fetchKafkaJars(repoRoot: string, log: (line: string) => void): Promise<string> {
  const dir = kafkaDir(repoRoot);
  const pom = path.join(dir, 'pom.xml');
  const libs = path.join(dir, 'target', 'libs');
  // The stamp records which pom the jars came from, so a version bump refetches them.
  const stamp = path.join(dir, 'target', 'libs.sha256');
  const pomHash = createHash('sha256').update(fs.readFileSync(pom)).digest('hex');
  if (readText(stamp) === pomHash && hasKafkaJar(libs)) return libs;

  log(`kafka: fetching the Kafka jars with Maven into ${path.relative(repoRoot, libs)} (once)`);
  const started = Date.now();
  // Old jars would end up on the classpath next to the new ones.
  fs.rmSync(libs, { recursive: true, force: true });
  const mvn = process.env.MVN ?? 'mvn';
  const result = await runCommand(
    mvn,
    ['-q', '-B', '-Dstyle.color=never', '-f', pom, 'package'],
    dir,
  );
  if (result.error) {
    throw new Error(
      `Cannot run Maven ('${mvn}'): ${result.error.message}. The local Kafka broker needs Maven ` +
        `(3.6+) and Java (17+) to fetch and run Apache Kafka; install them, or set KAFKA_BROKERS ` +
        `to a running broker.`,
    );
  }
  if (result.code !== 0 || !hasKafkaJar(libs)) {
    throw new Error(
      `'${mvn} -f ${pom} package' failed (exit code ${result.code}), so there are no Kafka jars ` +
        `in ${libs}. Maven said:\n${result.output.trim().split('\n').slice(-30).join('\n')}`,
    );
  }
  fs.writeFileSync(stamp, pomHash);
  log(`kafka: jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return libs;
}

function hasKafkaJar(libs: string): boolean {
  try {
    return fs.readdirSync(libs).some((name) => KAFKA_JAR.test(name));
  } catch {
    return false;
  }
}
