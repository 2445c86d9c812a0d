import { NOTIFICATION_REQUESTED, EventContracts, type EventEnvelopeOf } from '@hub/contracts';
import {
  freePort,
  provisionSubgraphSchema,
  testEnvironment,
  testKafka,
  waitFor,
} from '@hub/local-stack';
import {
  EventConsumer,
  EventPublisher,
  HubMetrics,
  HybridLogicalClock,
  OutboxRelay,
  createLogger,
  ensureTopics,
  loadEnvironment,
  migrate,
  openDatabase,
  subgraphEnvironment,
  type BackgroundWorker,
  type SubgraphRuntime,
} from '@hub/service-kit';
import { Migration } from '@mikro-orm/migrations';
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  notificationEntities,
  notificationEnvironment,
  notificationHandlers,
  notificationMigrations,
  notificationWorkers,
  type RecipientLookup,
} from '../../src/notifications/notification.module';
import type { NotificationTemplate } from '../../src/notifications/notification.rules';
import { Mailbox, type ReceivedMail } from './smtp-mailbox';

export const TRACKING_URL = 'https://311.city.example/track';
export const MAX_ATTEMPTS = 3;

// Intake's side, reduced to what the acknowledgments read: a reporter table and the event.

class Migration20261123120100TestRecipients extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table test_recipient (
        case_id text primary key,
        email text null,
        language text not null,
        sr_number text not null
      );`);
  }
}

const lookupRecipient: RecipientLookup = async (em, caseId) => {
  const [row] = await em.execute<{ email: string | null; language: string; sr_number: string }[]>(
    'select email, language, sr_number from test_recipient where case_id = ?',
    [caseId],
  );
  return row ? { email: row.email, language: row.language, srNumber: row.sr_number } : null;
};

export interface NotificationRow {
  id: string;
  event_id: string;
  case_id: string;
  template: string;
  language: string;
  channel: string;
  status: string;
  recipient_email: string | null;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
  sent_at: string | null;
}

export interface RequestOptions {
  readonly template?: NotificationTemplate;
  readonly language?: string;
  readonly email?: string | null;
  readonly disposition?: string;
  readonly caseExists?: boolean;
}

export interface Requested {
  readonly caseId: string;
  readonly srNumber: string;
  readonly email: string | null;
  readonly event: EventEnvelopeOf<typeof NOTIFICATION_REQUESTED>;
}

/**
 * The acknowledgment emails alone, on the real database, broker and a real SMTP server: the
 * notification table and handler, the outbox relay, the consumer and the sender, with short
 * retry delays. One per test file; each test requests the messages it looks at.
 */
export class NotificationRig {
  /** Every line logged, to check that no address or text ever reaches the log. */
  readonly logLines: string[] = [];
  /** Every reporter address requested so far. */
  readonly addresses: string[] = [];
  readonly consumerMetrics = new HubMetrics('intake-notification-test');
  readonly handlers = notificationHandlers(lookupRecipient);
  readonly logger = createLogger('intake-test', 'debug', {
    write: (line) => this.logLines.push(line),
  });
  private workers: BackgroundWorker[] = [];
  private relay: OutboxRelay | null = null;
  private consumer: EventConsumer | null = null;

  private constructor(
    readonly orm: MikroORM,
    readonly mailbox: Mailbox,
    readonly publisher: EventPublisher,
  ) {}

  static async start(): Promise<NotificationRig> {
    const { databaseUrl, brokers, runId } = testEnvironment();
    const topic = `hub.test.${runId}.notifications.${randomBytes(3).toString('hex')}`;
    const { url, schema } = await provisionSubgraphSchema(databaseUrl, 'intake-notification-test');
    const orm = await openDatabase({
      url,
      schema,
      entities: notificationEntities,
      migrations: [
        ...notificationMigrations,
        {
          name: 'Migration20261123120100TestRecipients',
          class: Migration20261123120100TestRecipients,
        },
      ],
    });
    await migrate(orm);

    const mailbox = new Mailbox(await freePort());
    await mailbox.start();

    const kafka = testKafka(brokers);
    await ensureTopics(kafka, topic, 3);
    const contracts = new EventContracts();
    const publisher = new EventPublisher(
      'test-city/intake',
      topic,
      new HybridLogicalClock(),
      contracts,
    );
    const rig = new NotificationRig(orm, mailbox, publisher);
    rig.relay = new OutboxRelay({ orm, kafka, logger: rig.logger, pollIntervalMs: 20 });
    rig.consumer = new EventConsumer({
      orm,
      kafka,
      groupId: `${topic}.intake`,
      topic,
      handlers: rig.handlers,
      contracts,
      events: publisher,
      clock: new HybridLogicalClock(),
      logger: rig.logger,
      metrics: rig.consumerMetrics,
    });

    const config = loadEnvironment(
      'intake',
      { ...subgraphEnvironment, ...notificationEnvironment },
      {
        NODE_ENV: 'test',
        DATABASE_URL: url,
        KAFKA_BROKERS: brokers.join(','),
        HUB_AUTH_ISSUER: 'https://id.city.example',
        HUB_AUTH_AUDIENCE: 'hub',
        HUB_SMTP_URL: mailbox.url,
        HUB_MAIL_FROM: 'City 311 <no-reply@city.example>',
        HUB_TRACKING_URL: TRACKING_URL,
        HUB_MAIL_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      },
    );
    const runtime: SubgraphRuntime<typeof notificationEnvironment> = {
      config,
      orm,
      events: publisher,
      logger: rig.logger,
      metrics: new HubMetrics('intake-notification-test-sender'),
    };
    rig.workers = notificationWorkers(runtime, {
      pollIntervalMs: 100,
      retry: { baseDelayMs: 100, maxDelayMs: 400 },
      maxOutageBackoffMs: 400,
    });

    rig.relay.start();
    await rig.consumer.start();
    for (const worker of rig.workers) worker.start();
    return rig;
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.stop()));
    await this.consumer?.stop();
    await this.relay?.stop();
    await this.mailbox.stop();
    await this.orm.close(true);
  }

  /** What intake does when a case arrives: the reporter and the request, in one transaction. */
  async request(options: RequestOptions = {}): Promise<Requested> {
    const caseId = randomUUID();
    const srNumber = `SR-2026-${randomBytes(4).toString('hex').toUpperCase()}`;
    const email =
      options.email === undefined ? `reporter.${randomUUID()}@mail.example.org` : options.email;
    if (email) this.addresses.push(email);
    const event = await this.orm.em.fork().transactional(async (em) => {
      if (options.caseExists !== false) {
        await em.execute(
          'insert into test_recipient (case_id, email, language, sr_number) values (?, ?, ?, ?)',
          [caseId, email, options.language ?? 'en', srNumber],
        );
      }
      return this.publisher.publish(em, {
        type: NOTIFICATION_REQUESTED,
        subject: caseId,
        data: {
          caseId,
          template: options.template ?? 'receipt',
          parameters: {
            srNumber,
            ...(options.disposition ? { disposition: options.disposition } : {}),
          },
        },
      });
    });
    return { caseId, srNumber, email, event };
  }

  async rowsFor(caseId: string): Promise<NotificationRow[]> {
    return this.orm.em
      .fork()
      .execute<NotificationRow[]>('select * from notification where case_id = ?', [caseId]);
  }

  /** The case's one notification row, once `done` holds for it. */
  async rowFor(
    caseId: string,
    done: (row: NotificationRow) => boolean,
    what: string,
  ): Promise<NotificationRow> {
    const rows = await waitFor(
      () => this.rowsFor(caseId),
      (found) => found.length === 1 && done(found[0]!),
      30_000,
      what,
    );
    return rows[0]!;
  }

  /** The first email to `address`, once it has arrived. */
  async mailTo(address: string): Promise<ReceivedMail> {
    const [mail] = await waitFor(
      async () => this.mailbox.to(address),
      (found) => found.length > 0,
      30_000,
      'the acknowledgment',
    );
    return mail!;
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.orm.em
      .fork()
      .execute<{ n: string }[]>("select count(*) as n from notification where status = 'pending'");
    return Number(row?.n);
  }

  async duplicateCount(): Promise<number> {
    return (await this.consumerMetrics.eventsDuplicate.get()).values[0]?.value ?? 0;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
