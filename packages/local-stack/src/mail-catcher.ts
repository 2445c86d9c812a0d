import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Under `npm start` (and nowhere else) acknowledgment emails go to this local SMTP server,
 * which keeps each message as an .eml file in `.hub/mail`, so nobody is mailed by accident.
 */
export async function startMailCatcher(directory: string, port = 0): Promise<MailCatcher> {
  mkdirSync(directory, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        sequence += 1;
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${sequence}.eml`;
        writeFileSync(join(directory, name), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
