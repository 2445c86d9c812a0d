import { BackgroundLoop, type BackgroundWorker, type Logger } from '@hub/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import {
  CONTENT_LANGUAGE,
  classifySendFailure,
  describeSendFailure,
  renderNotification,
  retryDelayMs,
  type MessageLanguage,
  type NotificationParameters,
  type NotificationTemplate,
  type RetryPolicy,
} from './notification.rules';

export type MailTransport = Transporter<SMTPPool.SentMessageInfo>;

/**
 * A pooled SMTP transport for an smtp:// (STARTTLS when the server offers it) or smtps://
 * (TLS from the start) URL; user and password, if the relay wants them, go in the URL.
 * Timeouts are short enough that a hung relay shows up as an outage within a minute.
 */
export function createMailTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return createTransport({
    pool: true,
    maxConnections: 1, // the sender sends one message at a time
    maxMessages: 100,
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : undefined, // nodemailer's default: 465 with TLS, else 587
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
    // nodemailer's own logger would write addresses and message text: never turn it on.
    logger: false,
    debug: false,
  });
}

export interface NotificationSenderOptions {
  readonly orm: MikroORM;
  readonly transport: MailTransport;
  /** The From header, e.g. 'City 311 <no-reply@city.example>'. */
  readonly from: string;
  /** Where residents track a case by its SR number. */
  readonly trackingUrl: string;
  readonly logger: Logger;
  /** Refusals of one message before it is marked failed. */
  readonly maxAttempts?: number;
  readonly batchSize?: number;
  /** How often an idle sender looks for due messages. */
  readonly pollIntervalMs?: number;
  /** Per message, after the server refused it for now. */
  readonly retry?: RetryPolicy;
  /** Longest wait between tries while the mail server is unreachable. */
  readonly maxOutageBackoffMs?: number;
  /** How long a claimed message is left alone by other senders; longer than any one send. */
  readonly leaseMs?: number;
}

interface DueRow {
  id: string;
  case_id: string;
  template: NotificationTemplate;
  language: MessageLanguage;
  recipient_email: string;
  parameters: NotificationParameters;
  attempts: number;
}

export interface SendRound {
  readonly claimed: number;
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
  /** The mail server could not be reached: the rest of the round was put back untouched. */
  readonly outage: boolean;
  /** Why, with no address in it. */
  readonly outageReason?: string;
}

/**
 * Sends the pending acknowledgment emails.
 *
 * Each round claims a few due rows in one short statement (`for update skip locked`, so
 * replicas never share a row) by moving their next attempt a lease ahead, then sends them one
 * by one outside any transaction, so no database connection waits on the mail server. A sent
 * row records its Message-ID. A refusal from the server counts against the row and waits
 * exponentially longer each time, up to `maxAttempts`; a permanent refusal (5xx) fails it at
 * once. An unreachable server counts against nothing: the round stops, its rows are put back,
 * and the sender backs off until the server answers again, however long that takes.
 *
 * Delivery is at-least-once: a sender that dies between the server's acceptance and the
 * update sends that message again once the lease expires. The Message-ID is derived from the
 * row, so mail clients that collapse duplicates by Message-ID show it once.
 */
export class NotificationSender implements BackgroundWorker {
  private readonly maxAttempts: number;
  private readonly batchSize: number;
  private readonly retry: RetryPolicy;
  private readonly leaseMs: number;
  private readonly messageIdDomain: string;
  private readonly loop = new BackgroundLoop();

  constructor(private readonly options: NotificationSenderOptions) {
    this.maxAttempts = options.maxAttempts ?? 8;
    this.batchSize = options.batchSize ?? 10;
    this.retry = options.retry ?? { baseDelayMs: 60_000, maxDelayMs: 6 * 3_600_000 };
    this.leaseMs = options.leaseMs ?? 10 * 60_000;
    this.messageIdDomain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? 'localhost';
    // An unheard 'error' event would end the process; a broken connection is already
    // reported to the send it broke, so this only notes it.
    options.transport.on('error', (error) => {
      options.logger.warn({ reason: describeSendFailure(error) }, 'mail transport error');
    });
  }

  start(): void {
    this.loop.start(() => this.run());
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    this.options.transport.close();
  }

  /** Claims and sends one round of due messages. Exposed for tests and tools. */
  async sendDue(): Promise<SendRound> {
    const rows = await this.claim();
    let sent = 0;
    let retrying = 0;
    let failed = 0;
    for (const [index, row] of rows.entries()) {
      const outcome = await this.sendOne(row);
      if (typeof outcome === 'object') {
        await this.putBack(rows.slice(index + 1));
        return {
          claimed: rows.length,
          sent,
          retrying,
          failed,
          outage: true,
          outageReason: outcome.outage,
        };
      }
      if (outcome === 'sent') sent += 1;
      else if (outcome === 'retrying') retrying += 1;
      else failed += 1;
    }
    return { claimed: rows.length, sent, retrying, failed, outage: false };
  }

  private async claim(): Promise<DueRow[]> {
    return this.options.orm.em.fork().execute<DueRow[]>(
      `with due as (
         select id from notification
          where status = 'pending' and next_attempt_at <= now()
          order by next_attempt_at
          limit ?
          for update skip locked)
       update notification n set next_attempt_at = now() + ? * interval '1 millisecond'
         from due where n.id = due.id
       returning n.id, n.case_id, n.template, n.language, n.recipient_email, n.parameters,
                 n.attempts`,
      [this.batchSize, this.leaseMs],
    );
  }

  private async sendOne(row: DueRow): Promise<'sent' | 'retrying' | 'failed' | { outage: string }> {
    const { transport, from, trackingUrl } = this.options;
    const log = this.options.logger.child({
      notificationId: row.id,
      caseId: row.case_id,
      template: row.template,
      language: row.language,
    });
    let info: SMTPPool.SentMessageInfo;
    try {
      const message = renderNotification(row.template, row.language, {
        ...row.parameters,
        trackingUrl,
      });
      info = await transport.sendMail({
        from,
        to: row.recipient_email,
        subject: message.subject,
        text: message.text,
        messageId: `<notification.${row.id}@${this.messageIdDomain}>`,
        headers: {
          'Content-Language': CONTENT_LANGUAGE[message.language],
          // RFC 3834: tells vacation responders not to answer an automatic message.
          'Auto-Submitted': 'auto-generated',
        },
      });
    } catch (error) {
      return this.recordFailure(row, error, log);
    }
    await this.markSent(row.id, info.messageId);
    log.info({ messageId: info.messageId }, 'notification sent');
    return 'sent';
  }

  /**
   * The server has the message now; losing this update would send it again after the lease,
   * so a short database hiccup is waited out here.
   */
  private async markSent(id: string, messageId: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.options.orm.em.fork().execute(
          `update notification
              set status = 'sent', message_id = ?, sent_at = now(), recipient_email = null,
                  last_error = null
            where id = ? and status = 'pending'`,
          [messageId, id],
        );
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await sleep(250 * 2 ** attempt);
      }
    }
  }

  private async recordFailure(
    row: DueRow,
    error: unknown,
    log: Logger,
  ): Promise<'retrying' | 'failed' | { outage: string }> {
    const kind = classifySendFailure((error ?? {}) as Record<string, unknown>);
    const reason = describeSendFailure(error);
    const em = this.options.orm.em.fork();
    if (kind === 'outage') {
      await this.putBack([row], reason);
      return { outage: reason };
    }
    const attempts = row.attempts + 1;
    if (kind === 'permanent' || attempts >= this.maxAttempts) {
      await em.execute(
        `update notification
            set status = 'failed', attempts = ?, last_error = ?, recipient_email = null
          where id = ? and status = 'pending'`,
        [attempts, reason, row.id],
      );
      log.error({ attempts, reason }, 'notification failed; it will not be sent');
      return 'failed';
    }
    const delayMs = retryDelayMs(attempts, this.retry);
    await em.execute(
      `update notification
          set attempts = ?, last_error = ?, next_attempt_at = now() + ? * interval '1 millisecond'
        where id = ? and status = 'pending'`,
      [attempts, reason, delayMs, row.id],
    );
    log.warn({ attempts, reason, retryInMs: delayMs }, 'notification not sent; will try again');
    return 'retrying';
  }

  /** Returns claimed rows to the queue as they were, due at once (the sender backs off itself). */
  private async putBack(rows: readonly DueRow[], reason?: string): Promise<void> {
    if (rows.length === 0) return;
    // knex expands an array binding into a list, hence `in (?)`.
    await this.options.orm.em.fork().execute(
      `update notification set next_attempt_at = now(), last_error = coalesce(?, last_error)
        where id in (?) and status = 'pending'`,
      [reason ?? null, rows.map((row) => row.id)],
    );
  }

  private async run(): Promise<void> {
    const pollIntervalMs = this.options.pollIntervalMs ?? 1_000;
    const maxOutageBackoffMs = this.options.maxOutageBackoffMs ?? 60_000;
    let failures = 0;
    while (this.loop.running) {
      let round: SendRound | null = null;
      let problem: { message: string; reason: string } | null = null;
      try {
        round = await this.sendDue();
        if (round.outage) {
          problem = {
            message: 'mail server unreachable; notifications wait',
            reason: round.outageReason ?? '',
          };
        }
      } catch (error) {
        // The database, most likely; claimed rows come back when their lease runs out.
        problem = {
          message: 'notification sender cannot work yet',
          reason: describeSendFailure(error),
        };
      }
      if (!problem) {
        if (failures > 0) this.options.logger.info('notification sender recovered');
        failures = 0;
      } else {
        failures += 1;
        // Log the first failure and then rarely: an outage can last hours.
        if (failures === 1 || failures % 20 === 0) {
          this.options.logger.warn({ failures, reason: problem.reason }, problem.message);
        }
      }
      if (round && round.claimed === this.batchSize && failures === 0) continue; // more are due
      const delay =
        failures === 0
          ? pollIntervalMs
          : Math.min(maxOutageBackoffMs, pollIntervalMs * 2 ** Math.min(failures - 1, 16));
      await this.loop.pause(delay);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
