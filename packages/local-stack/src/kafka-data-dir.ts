// What the local Kafka broker keeps in its data directory besides its topics, and the ports a
// start picks. Files in the data directory:
//   server.properties  written on every start (ports may change)
//   ports.json         { port, controllerPort } of the last start, for restarts on the same ports
//   broker.pid         the java process; owner.pid the process that started it
//   broker.log         the broker's stdout and stderr (WARN and above, see docker/kafka/log4j.properties)
//   logs/              the Kafka log directory (topics and the KRaft metadata log)
import fs from 'node:fs';
import path from 'node:path';
import { LOOPBACK, freePorts, isPortFree, readPidFile, readText } from './processes';

export interface StoredPorts {
  port: number;
  controllerPort: number;
}

/** The paths of the files above, for a resolved `dataDir`. */
export const kafkaDataFiles = (dataDir: string) => ({
  properties: path.join(dataDir, 'server.properties'),
  ports: path.join(dataDir, 'ports.json'),
  pid: path.join(dataDir, 'broker.pid'),
  owner: path.join(dataDir, 'owner.pid'),
  log: path.join(dataDir, 'broker.log'),
  logDir: path.join(dataDir, 'logs'),
  meta: path.join(dataDir, 'logs', 'meta.properties'),
});

/** A port the broker must use (asked for, or reused) is taken by another process. */
export class KafkaPortInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly listener: 'broker' | 'controller',
    readonly port: number,
  ) {
    super(
      `Cannot start Kafka in ${dataDir}: the ${listener} port ${LOOPBACK}:${port} is in use. ` +
        `Stop whatever listens there, or start without reusing ports.`,
    );
    this.name = 'KafkaPortInUseError';
  }
}

/** The ports of the last start in `dataDir`, if any. */
export function storedKafkaPorts(dataDir: string): StoredPorts | undefined {
  const text = readText(kafkaDataFiles(path.resolve(dataDir)).ports);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<StoredPorts>;
    if (Number.isInteger(parsed.port) && Number.isInteger(parsed.controllerPort)) {
      return { port: parsed.port as number, controllerPort: parsed.controllerPort as number };
    }
  } catch {
    // a torn write from a crash: treat as absent
  }
  return undefined;
}

/** Records the ports of this start, for the next one to reuse. */
export function storeKafkaPorts(dataDir: string, { port, controllerPort }: StoredPorts): void {
  fs.writeFileSync(kafkaDataFiles(dataDir).ports, JSON.stringify({ port, controllerPort }) + '\n');
}

/**
 * The broker and controller ports of a start: the one asked for, else the stored ones when they
 * are to be reused (or the asked-for port is the stored one), else free loopback ports.
 */
export async function chooseKafkaPorts(
  dataDir: string,
  options: { port?: number; reusePorts?: boolean },
): Promise<StoredPorts> {
  const stored = storedKafkaPorts(dataDir);
  const requested = options.port ? options.port : undefined;
  const reuse = stored && (options.reusePorts || requested === stored.port) ? stored : undefined;
  const [spareA, spareB] = await freePorts(2);
  const port = requested ?? reuse?.port ?? (spareA as number);
  let controllerPort = reuse?.controllerPort ?? (spareB as number);
  if (controllerPort === port)
    controllerPort = spareA === port ? (spareB as number) : (spareA as number);
  for (const [name, value] of [
    ['broker', port],
    ['controller', controllerPort],
  ] as const) {
    if (!(await isPortFree(value))) throw new KafkaPortInUseError(dataDir, name, value);
  }
  return { port, controllerPort };
}

/** Records a started broker's pid, with this process as its owner. */
export function recordBrokerPid(dataDir: string, pid: number): void {
  const f = kafkaDataFiles(dataDir);
  fs.writeFileSync(f.pid, `${pid}\n`);
  fs.writeFileSync(f.owner, `${process.pid}\n`);
}

/**
 * Removes the pid files. With `pid`, only if they still name that broker: another process may
 * have restarted it meanwhile, and then they are not ours.
 */
export function forgetBrokerPid(dataDir: string, pid?: number): void {
  const f = kafkaDataFiles(dataDir);
  if (pid !== undefined && readPidFile(f.pid) !== pid) return;
  fs.rmSync(f.pid, { force: true });
  fs.rmSync(f.owner, { force: true });
}
