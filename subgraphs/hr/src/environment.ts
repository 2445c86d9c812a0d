import type { subgraphEnvironment } from '@hub/service-kit';
import { z } from 'zod';
import type { HrLimits } from './staff-complaint.rules';

const count = (defaultValue: number, min: number, max: number, what: string) =>
  z.coerce
    .number({ message: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`)
    .default(defaultValue)
    .describe(what);

export const DEFAULT_PROTECTED_FINDINGS_TEXT =
  'Human Resources has completed its review of your complaint and has taken the steps it ' +
  'found appropriate. The findings concern a personnel matter and are protected by ' +
  'employment law, so they cannot be disclosed to you. Thank you for bringing this to the ' +
  "city's attention.";

/** HR's own variables, beside the ones every subgraph reads (service-kit). */
export const hrEnvironment = {
  HUB_HR_DEPARTMENT_ID: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]*$/,
      "must be a department id of routing's table, such as human-resources",
    )
    .default('human-resources')
    .describe(
      'the department whose routed cases HR opens a file for; also the agency of its status changes',
    ),
  HUB_HR_DEPARTMENT_NAME: z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .default('Human Resources')
    .describe('the name case.completed.v1 gives the reporter as the completing department'),
  // Capped by the case.completed.v1 contract, whose disposition holds at most 4000 characters.
  HUB_HR_PROTECTED_FINDINGS_TEXT: z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .max(4000, 'must be at most 4000 characters')
    .default(DEFAULT_PROTECTED_FINDINGS_TEXT)
    .describe('what the reporter receives when HR may disclose nothing (decision NONE)'),
  HUB_HR_NAME_MAX_LENGTH: count(200, 20, 1000, 'longest name, job title, department or role'),
  HUB_HR_TEXT_MAX_LENGTH: count(20_000, 100, 200_000, 'longest review notes or findings'),
  HUB_HR_DISCLOSURE_MAX_LENGTH: count(
    4000,
    100,
    4000,
    'longest disclosure text (case.completed.v1 carries at most 4000 characters)',
  ),
  HUB_HR_PEOPLE_MAX: count(100, 1, 1000, 'most people involved one file may list'),
  HUB_HR_SUMMARY_MAX_MONTHS: count(36, 1, 240, 'widest month range of one monthly summary'),
};

export type HrEnvironment = typeof hrEnvironment;
export type HrConfig = z.infer<z.ZodObject<typeof subgraphEnvironment & HrEnvironment>>;

/** What HR's resolvers and handlers need from the configuration. */
export interface HrSettings {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly protectedFindingsText: string;
  readonly limits: HrLimits;
  readonly summaryMaxMonths: number;
  /** The city's zone: a month of the summary is a month on the city's calendar. */
  readonly timeZone: string;
}

export function settingsOf(config: HrConfig): HrSettings {
  return {
    departmentId: config.HUB_HR_DEPARTMENT_ID,
    departmentName: config.HUB_HR_DEPARTMENT_NAME,
    protectedFindingsText: config.HUB_HR_PROTECTED_FINDINGS_TEXT,
    limits: {
      nameMaxLength: config.HUB_HR_NAME_MAX_LENGTH,
      textMaxLength: config.HUB_HR_TEXT_MAX_LENGTH,
      disclosureMaxLength: config.HUB_HR_DISCLOSURE_MAX_LENGTH,
      peopleMax: config.HUB_HR_PEOPLE_MAX,
    },
    summaryMaxMonths: config.HUB_HR_SUMMARY_MAX_MONTHS,
    timeZone: config.HUB_TIME_ZONE,
  };
}
