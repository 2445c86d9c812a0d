#!/usr/bin/env node
// Developer commands: `npm run kafka` (= node packages/local-stack/dist/cli.js kafka).
import path from 'node:path';
import type { KafkaBroker } from './kafka-broker';
import { startKafkaBroker } from './kafka-broker';
import { KafkaPortInUseError } from './kafka-data-dir';

const USAGE = `usage: node packages/local-stack/dist/cli.js kafka [--fresh]

  kafka     start a single-node Kafka broker in .hub/kafka that keeps its topics and its port
            across restarts, print KAFKA_BROKERS=..., and run until Ctrl-C (or SIGTERM)
  --fresh   delete .hub/kafka first`;

async function main(args: string[]): Promise<number> {
  const [command, ...flags] = args;
  const unknown = flags.filter((flag) => flag !== '--fresh');
  if (command !== 'kafka' || unknown.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const fresh = flags.includes('--fresh');
  const repoRoot = path.resolve(__dirname, '../../..');
  const options = {
    repoRoot,
    dataDir: path.join(repoRoot, '.hub', 'kafka'),
    fresh,
    log: (line: string) => console.error(line),
  };
  let broker: KafkaBroker;
  try {
    broker = await startKafkaBroker({ ...options, reusePorts: !fresh });
  } catch (error) {
    if (!(error instanceof KafkaPortInUseError)) throw error;
    console.error(`${error.message} Using new ports instead.`);
    broker = await startKafkaBroker(options);
  }
  console.log(`KAFKA_BROKERS=${broker.brokers.join(',')}`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      console.error(`kafka: ${signal}, stopping the broker`);
      broker.stop().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    void broker.exited.then(({ code, signal }) => {
      if (stopping) return;
      console.error(
        `kafka: the broker exited on its own (code ${code}, signal ${signal}); see ${broker.logFile}`,
      );
      resolve(1);
    });
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
