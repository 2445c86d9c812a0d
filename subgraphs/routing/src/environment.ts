import { WorkingDayCalendar, type subgraphEnvironment } from '@hub/service-kit';
import { z } from 'zod';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './deadlines/deadline.rules';
import {
  DEMO_ROUTING_TABLE_FILE,
  loadRoutingTable,
  RoutingTableError,
  type RoutingTable,
} from './routing/routing-table';

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
export type RoutingConfig = z.infer<z.ZodObject<typeof subgraphEnvironment & RoutingEnvironment>>;

/** What routing's resolvers, handlers and scheduler need from the configuration. */
export interface RoutingSettings {
  readonly table: RoutingTable;
  readonly calendar: WorkingDayCalendar;
  readonly policy: DeadlinePolicy;
  readonly scanIntervalMs: number;
  /** The hub's topic; each agency's feed is a topic beside it (agencyTopicOf). */
  readonly eventsTopic: string;
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
    eventsTopic: config.HUB_EVENTS_TOPIC,
  };
}
