/**
 * The acknowledgment emails of docs/domain.md §2 as one piece the intake subgraph plugs in: its
 * table, its handler of `notification.requested.v1`, its settings and its sender loop.
 */
import { EnvironmentError, type BackgroundWorker, type SubgraphRuntime } from '@hub/service-kit';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { z } from 'zod';
import { Migration20261123120000Notifications } from '../migrations/Migration20261123120000Notifications';
import { Notification } from './notification.entity';
import { createMailTransport, NotificationSender } from './notification.sender';

export { notificationHandlers, type RecipientLookup } from './notification.handlers';

export const notificationEntities: EntityClass<unknown>[] = [Notification];

export const notificationMigrations: MigrationObject[] = [
  {
    name: 'Migration20261123120000Notifications',
    class: Migration20261123120000Notifications,
  },
];

/** Where the development relay listens when HUB_SMTP_URL is not set (a local mail catcher). */
export const DEVELOPMENT_SMTP_URL = 'smtp://127.0.0.1:2525';

/**
 * The settings of the acknowledgment emails:
 * - HUB_SMTP_URL: the mail relay, `smtp://host:port` (STARTTLS when offered) or
 *   `smtps://user:password@host:465` (TLS from the start). Required when NODE_ENV=production;
 *   elsewhere it defaults to smtp://127.0.0.1:2525. It may hold a password: never logged.
 * - HUB_MAIL_FROM: the From header, default 'City 311 <no-reply@example.invalid>'.
 * - HUB_TRACKING_URL: the page where residents track a case by its SR number, quoted in the
 *   messages; default http://localhost:4000/track.
 * - HUB_MAIL_MAX_ATTEMPTS: how many times the mail server may refuse one message for now
 *   (SMTP 4xx) before it is marked failed; default 8, the delays doubling from one minute.
 *   An unreachable server never counts: messages wait for it however long it is down.
 */
export const notificationEnvironment = {
  HUB_SMTP_URL: z
    .string()
    .describe('an smtp:// or smtps:// URL of the mail relay')
    .refine(isSmtpUrl, {
      message:
        'must be an smtp:// or smtps:// URL such as smtps://user:password@mail.city.example:465',
    })
    .optional(),
  HUB_MAIL_FROM: z
    .string()
    .trim()
    .refine((value) => /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/.test(value), {
      message: "must be an address such as 'City 311 <no-reply@city.example>'",
    })
    .default('City 311 <no-reply@example.invalid>'),
  HUB_TRACKING_URL: z
    .string()
    .url('must be an http:// or https:// URL of the tracking page')
    .refine((value) => /^https?:\/\//.test(value), {
      message: 'must be an http:// or https:// URL of the tracking page',
    })
    .default('http://localhost:4000/track'),
  HUB_MAIL_MAX_ATTEMPTS: z.coerce
    .number({ message: 'must be a whole number from 1 to 100' })
    .int('must be a whole number from 1 to 100')
    .min(1, 'must be a whole number from 1 to 100')
    .max(100, 'must be a whole number from 1 to 100')
    .default(8),
} satisfies z.ZodRawShape;

export type NotificationConfig = SubgraphRuntime<typeof notificationEnvironment>['config'];

/**
 * The relay to use. A production hub without one would accept cases and silently never
 * acknowledge them, so it refuses to start instead.
 */
export function smtpUrlOf(config: NotificationConfig): string {
  if (config.HUB_SMTP_URL) return config.HUB_SMTP_URL;
  if (config.NODE_ENV === 'production') {
    throw new EnvironmentError('intake', [
      {
        variable: 'HUB_SMTP_URL',
        problem: 'is required in production (an smtp:// or smtps:// URL of the mail relay)',
      },
    ]);
  }
  return DEVELOPMENT_SMTP_URL;
}

/** Tuning for tests and tools; production runs on the defaults. */
export type NotificationSenderTuning = Partial<
  Pick<
    ConstructorParameters<typeof NotificationSender>[0],
    'batchSize' | 'pollIntervalMs' | 'retry' | 'maxOutageBackoffMs' | 'leaseMs'
  >
>;

export function notificationWorkers(
  runtime: SubgraphRuntime<typeof notificationEnvironment>,
  tuning: NotificationSenderTuning = {},
): BackgroundWorker[] {
  const { config } = runtime;
  return [
    new NotificationSender({
      ...tuning,
      orm: runtime.orm,
      transport: createMailTransport(smtpUrlOf(config)),
      from: config.HUB_MAIL_FROM,
      trackingUrl: config.HUB_TRACKING_URL,
      maxAttempts: config.HUB_MAIL_MAX_ATTEMPTS,
      logger: runtime.logger.child({ worker: 'notification-sender' }),
    }),
  ];
}

function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}
