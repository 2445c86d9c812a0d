import { SMTPServer } from 'smtp-server';

// A real SMTP server on loopback that keeps what it receives and can refuse chosen recipients;
// stopped and started again on the same port, it plays a mail relay that goes down and back.

export interface ReceivedMail {
  readonly to: string[];
  readonly headers: ReadonlyMap<string, string>;
  readonly subject: string;
  readonly text: string;
}

export class Mailbox {
  readonly messages: ReceivedMail[] = [];
  /** Recipient address -> the SMTP reply code to refuse it with, and how many more times. */
  readonly refusals = new Map<string, { code: number; times: number }>();
  private server: SMTPServer | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 50, // a stopped server drops idle pooled connections at once
      onRcptTo: (address, _session, callback) => {
        const refusal = this.refusals.get(address.address);
        if (refusal && refusal.times > 0) {
          refusal.times -= 1;
          // Real servers quote the address; the hub must not store or log it from here.
          const error = Object.assign(new Error(`Mailbox <${address.address}> unavailable`), {
            responseCode: refusal.code,
          });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.messages.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            ...parseMail(Buffer.concat(chunks).toString('latin1')),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((message) => message.to.includes(address));
  }
}

/** Just enough MIME for nodemailer's single-part text messages: headers, RFC 2047, QP, base64. */
function parseMail(raw: string): Omit<ReceivedMail, 'to'> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body.replace(/=\r\n/g, ''))
        : Buffer.from(body, 'latin1');
  return {
    headers,
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    text: bytes.toString('utf8').replace(/\r\n/g, '\n'),
  };
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047; adjacent encoded words are joined as bytes, since a character may span two. */
function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  const collapsed = value.replace(/\?=\s+=\?/g, '?==?');
  let out = '';
  let pending: Buffer[] = [];
  let last = 0;
  const flush = () => {
    out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (const match of collapsed.matchAll(word)) {
    const [whole, charset, kind, data] = match as unknown as [string, string, string, string];
    if (charset.toLowerCase() !== 'utf-8') throw new Error(`subject is in ${charset}, not UTF-8`);
    if (match.index! > last) {
      flush();
      out += collapsed.slice(last, match.index);
    }
    pending.push(
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
    last = match.index! + whole.length;
  }
  flush();
  return out + collapsed.slice(last);
}
