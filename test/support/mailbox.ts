import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly to: string[];
  readonly subject: string;
  readonly text: string;
}

/** A real SMTP server on loopback that keeps what it receives, decoded, for assertions. */
export async function startMailbox(): Promise<{
  url: string;
  messages: ReceivedMail[];
  stop(): Promise<void>;
}> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          ...decodeMime(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Enough MIME for a single-part or multipart/alternative text message from nodemailer. */
export function decodeMime(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeEncodedWords(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const body = rest.join('\n\n');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  const parts = boundary
    ? body.split(`--${boundary}`).filter((p) => /content-type: text\/plain/i.test(p))
    : [`${head}\n\n${body}`];
  const part = parts[0] ?? '';
  const [partHead = '', ...partBody] = boundary
    ? part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/)
    : [headers, body];
  const content = partBody.join('\n\n');
  const encoding = /content-transfer-encoding: ([\w-]+)/i.exec(partHead)?.[1]?.toLowerCase();
  let text: string;
  if (encoding === 'base64')
    text = Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (encoding === 'quoted-printable') text = decodeQuotedPrintable(content);
  else text = content;
  return { subject, text };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

/** RFC 2047: adjacent encoded words join as bytes first, so a character split between two survives. */
function decodeEncodedWords(text: string): string {
  const word = /=\?[^?]+\?([BQ])\?([^?]*)\?=/gi;
  const joined = text.replace(/\?=\s+=\?/g, '?==?');
  return joined.replace(/(?:=\?[^?]+\?[BQ]\?[^?]*\?=)+/gi, (run) => {
    const bytes: Buffer[] = [];
    for (const [, kind = 'B', data = ''] of run.matchAll(word)) {
      bytes.push(
        kind.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : Buffer.from(
              data
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/gi, (_, hex: string) =>
                  String.fromCharCode(parseInt(hex, 16)),
                ),
              'latin1',
            ),
      );
    }
    return Buffer.concat(bytes).toString('utf8');
  });
}
