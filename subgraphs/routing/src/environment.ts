import {
  WorkingDayCalendar,
  type SubgraphRuntime,
  type subgraphEnvironment,
} from '@hub/service-kit';
import type { Configuration } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadline.rules';
import {
  DEMO_ROUTING_TABLE_FILE,
  loadRoutingTable,
  RoutingTableError,
  type RoutingTable,
} from './routing-table';

const days = (defaultValue: number, what: string) =>
  z.coerce
    .number({ message: 'must be a whole number of days from 0 to 365' })
    .int('must be a whole number of days from 0 to 365')
    .min(0, 'must be a whole number of days from 0 to 365')
    .max(365, 'must be a whole number of days from 0 to 365')
    .default(defaultValue)
    .describe(what);

/** Routing's own variables, beside the ones every subgraph reads (service-kit). */
export const routingEnvironment = {
  // Read and checked at start: a broken table stops the service with the problem named.
  HUB_ROUTING_TABLE_FILE: z
    .string()
    .min(1)
    .default(DEMO_ROUTING_TABLE_FILE)
    .describe('the routing table, JSON; default: the demo city table shipped with routing')
    .transform((path, context) => {
      try {
        return loadRoutingTable(path);
      } catch (error) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          message: error instanceof RoutingTableError ? error.message : 'cannot load the table',
        });
        return z.NEVER;
      }
    }),
  HUB_LOCAL_HOLIDAYS: z
    .string()
    .default('')
    .describe("the city's own days off, YYYY-MM-DD separated by commas")
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .refine((dates) => dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)), {
      message: 'must be dates as YYYY-MM-DD separated by commas, such as 2026-12-24,2026-12-31',
    }),
  HUB_DEADLINE_INFORMAL_RESOLUTION_DAYS: days(
    DEFAULT_DEADLINE_POLICY.informalResolutionDays,
    'working days from receipt to attempt informal resolution',
  ),
  HUB_DEADLINE_FORMAL_ACKNOWLEDGMENT_DAYS: days(
    DEFAULT_DEADLINE_POLICY.formalAcknowledgmentDays,
    'working days from receipt to acknowledge a formal complaint',
  ),
  HUB_DEADLINE_FORMAL_RESPONSE_DAYS: days(
    DEFAULT_DEADLINE_POLICY.formalResponseDays,
    'further working days after the acknowledgment to deal with a formal complaint',
  ),
  HUB_DEADLINE_APPEAL_LODGING_DAYS: days(
    DEFAULT_DEADLINE_POLICY.appealLodgingDays,
    'working days after the outcome to lodge an appeal',
  ),
  HUB_DEADLINE_APPEAL_ACKNOWLEDGMENT_DAYS: days(
    DEFAULT_DEADLINE_POLICY.appealAcknowledgmentDays,
    'working days to acknowledge an appeal',
  ),
  HUB_DEADLINE_APPEAL_HEARING_INVITATION_DAYS: days(
    DEFAULT_DEADLINE_POLICY.appealHearingInvitationDays,
    'working days from an appeal to the hearing invitation',
  ),
  HUB_DEADLINE_APPEAL_DECISION_DAYS: days(
    DEFAULT_DEADLINE_POLICY.appealDecisionDays,
    'calendar days after the hearing for the written result',
  ),
  HUB_DEADLINE_DUE_SOON_WORKING_DAYS: days(
    DEFAULT_DEADLINE_POLICY.dueSoonWorkingDays,
    'a running clock this close to its due time shows DUE_SOON',
  ),
  HUB_DEADLINE_SCAN_INTERVAL_MS: z.coerce
    .number({ message: 'must be a whole number of milliseconds from 50 to 3600000' })
    .int()
    .min(50, 'must be a whole number of milliseconds from 50 to 3600000')
    .max(3_600_000, 'must be a whole number of milliseconds from 50 to 3600000')
    .default(30_000)
    .describe('how often the breach scheduler looks for clocks past their due time'),
};

export type RoutingEnvironment = typeof routingEnvironment;
type RoutingConfig = z.infer<z.ZodObject<typeof subgraphEnvironment & RoutingEnvironment>>;

/** What routing's resolvers, handlers and scheduler need from the configuration. */
export interface RoutingSettings {
  readonly table: RoutingTable;
  readonly calendar: WorkingDayCalendar;
  readonly policy: DeadlinePolicy;
  readonly scanIntervalMs: number;
}

export function settingsOf(config: RoutingConfig): RoutingSettings {
  return {
    table: config.HUB_ROUTING_TABLE_FILE,
    calendar: new WorkingDayCalendar({
      timeZone: config.HUB_TIME_ZONE,
      localHolidays: config.HUB_LOCAL_HOLIDAYS,
    }),
    policy: {
      informalResolutionDays: config.HUB_DEADLINE_INFORMAL_RESOLUTION_DAYS,
      formalAcknowledgmentDays: config.HUB_DEADLINE_FORMAL_ACKNOWLEDGMENT_DAYS,
      formalResponseDays: config.HUB_DEADLINE_FORMAL_RESPONSE_DAYS,
      appealLodgingDays: config.HUB_DEADLINE_APPEAL_LODGING_DAYS,
      appealAcknowledgmentDays: config.HUB_DEADLINE_APPEAL_ACKNOWLEDGMENT_DAYS,
      appealHearingInvitationDays: config.HUB_DEADLINE_APPEAL_HEARING_INVITATION_DAYS,
      appealDecisionDays: config.HUB_DEADLINE_APPEAL_DECISION_DAYS,
      dueSoonWorkingDays: config.HUB_DEADLINE_DUE_SOON_WORKING_DAYS,
    },
    scanIntervalMs: config.HUB_DEADLINE_SCAN_INTERVAL_MS,
  };
}

/*
 * The service kit hands the validated configuration to a subgraph's workers but not to its
 * request context or its event handlers. So routing files its settings under the ORM
 * configuration at start (the workers hook) and finds them through any EntityManager, whose
 * forks all share that configuration; two routing subgraphs in one process keep apart.
 *
 * The consumer starts before the workers hook runs, so an event may arrive first: handlers
 * wait for `routingReady`, which also waits for the routing table to be in the database.
 */
interface Filed {
  settings?: RoutingSettings;
  ready: Promise<RoutingSettings>;
  resolve: (settings: RoutingSettings) => void;
  reject: (error: unknown) => void;
}

const filedByOrm = new WeakMap<Configuration, Filed>();

function filedFor(config: Configuration): Filed {
  let filed = filedByOrm.get(config);
  if (!filed) {
    let resolve!: Filed['resolve'];
    let reject!: Filed['reject'];
    const ready = new Promise<RoutingSettings>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    ready.catch(() => undefined); // reported where it is awaited
    filed = { ready, resolve, reject };
    filedByOrm.set(config, filed);
  }
  return filed;
}

/** Files the settings at once, and marks routing ready when `loaded` (the table upsert) ends. */
export function fileSettings(
  runtime: SubgraphRuntime<RoutingEnvironment>,
  loaded: (settings: RoutingSettings) => Promise<void>,
): RoutingSettings {
  const filed = filedFor(runtime.orm.config);
  const settings = settingsOf(runtime.config as RoutingConfig);
  filed.settings = settings;
  loaded(settings).then(
    () => filed.resolve(settings),
    (error: unknown) => filed.reject(error),
  );
  return settings;
}

export function settingsFor(em: EntityManager): RoutingSettings {
  const settings = filedFor(em.config).settings;
  if (!settings) throw new Error('routing settings were not filed at start (see routing.subgraph)');
  return settings;
}

const READY_TIMEOUT_MS = 60_000;

/** The settings once the routing table is in the database; for handlers and writes. */
export async function routingReady(em: EntityManager): Promise<RoutingSettings> {
  const filed = filedFor(em.config);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      filed.ready,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('routing did not finish loading its routing table')),
          READY_TIMEOUT_MS,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
