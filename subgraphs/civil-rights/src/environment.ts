import { WorkingDayCalendar, type subgraphEnvironment } from '@hub/service-kit';
import { z } from 'zod';
import { DEFAULT_CLOCK_POLICY, type ClockPolicy } from './clocks/clock.rules';
import { DEFAULT_FILING_POLICY, type FilingPolicy } from './filing/filing-window.rules';
import { DEFAULT_REFERRAL_POLICY, type ReferralPolicy } from './referrals/referral.rules';
import { DEFAULT_RETENTION_POLICY, type RetentionPolicy } from './retention/retention.rules';

const wholeNumber = (min: number, max: number, unit: string) => {
  const message = `must be a whole number of ${unit} from ${min} to ${max}`;
  return z.coerce.number({ message }).int(message).min(min, message).max(max, message);
};
const days = (defaultValue: number, what: string) =>
  wholeNumber(0, 3650, 'days').default(defaultValue).describe(what);
const milliseconds = (defaultValue: number, what: string) =>
  wholeNumber(50, 7 * 86_400_000, 'milliseconds')
    .default(defaultValue)
    .describe(what);
const agencyId = (defaultValue: string, what: string) =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an agency id such as wsdot-oecr')
    .default(defaultValue)
    .describe(what);

/** The civil-rights subgraph's own variables, beside the ones every subgraph reads. */
export const civilRightsEnvironment = {
  HUB_CIVIL_RIGHTS_FILING_WINDOW_DAYS: days(
    DEFAULT_FILING_POLICY.filingWindowDays,
    'calendar days after the alleged act to file; a later complaint is flagged, not refused',
  ),
  HUB_CIVIL_RIGHTS_RESPONDENT_NOTIFICATION_DAYS: days(
    DEFAULT_CLOCK_POLICY.respondentNotificationDays,
    'days from receipt to notify a subrecipient, consultant or contractor complained against',
  ),
  HUB_CIVIL_RIGHTS_DECISION_NOTIFICATION_DAYS: days(
    DEFAULT_CLOCK_POLICY.decisionNotificationDays,
    'days from the decision on the course of action to tell both parties in writing',
  ),
  HUB_CIVIL_RIGHTS_RESPONDENT_ANSWER_DAYS: days(
    DEFAULT_CLOCK_POLICY.respondentAnswerDays,
    "days from the respondent's notification for its written answer",
  ),
  HUB_CIVIL_RIGHTS_INVESTIGATION_REPORT_DAYS: days(
    DEFAULT_CLOCK_POLICY.investigationReportDays,
    'days from receipt for the written investigation report',
  ),
  HUB_CIVIL_RIGHTS_INFORMATIONAL_MEETINGS_DAYS: days(
    DEFAULT_CLOCK_POLICY.informationalMeetingsDays,
    'days from the final report to hold the informational meetings',
  ),
  HUB_CIVIL_RIGHTS_OECR_COPY_DAYS: days(
    DEFAULT_CLOCK_POLICY.oecrCopyDays,
    'days from receipt to send the complaint (and report) to WSDOT OECR',
  ),
  HUB_CIVIL_RIGHTS_APPEAL_DAYS: days(
    DEFAULT_CLOCK_POLICY.appealDays,
    'days from the final decision to appeal it (FTA)',
  ),
  HUB_CIVIL_RIGHTS_DUE_SOON_DAYS: days(
    DEFAULT_CLOCK_POLICY.dueSoonDays,
    'a running clock this many calendar days or fewer from its due time shows DUE_SOON',
  ),
  HUB_CIVIL_RIGHTS_SCAN_INTERVAL_MS: milliseconds(
    30_000,
    'how often the breach scheduler looks for clocks past their due time',
  ),
  HUB_CIVIL_RIGHTS_FISCAL_YEAR_START_MONTH: wholeNumber(1, 12, 'months')
    .default(DEFAULT_RETENTION_POLICY.fiscalYearStartMonth)
    .describe('the month (1-12) the fiscal year starts; the year is named by the one it ends in'),
  HUB_CIVIL_RIGHTS_RETENTION_YEARS: wholeNumber(0, 100, 'years')
    .default(DEFAULT_RETENTION_POLICY.retentionYears)
    .describe('years after the end of the fiscal year the case closed in before destruction'),
  HUB_CIVIL_RIGHTS_PURGE_INTERVAL_MS: milliseconds(
    86_400_000,
    'how often the retention worker destroys expired records',
  ),
  HUB_CIVIL_RIGHTS_OWN_AGENCY_ID: agencyId(
    DEFAULT_REFERRAL_POLICY.ownAgencyId,
    "the Title VI office's own agency: it may investigate, but never a complaint against itself",
  ),
  HUB_CIVIL_RIGHTS_REFERRAL_AGENCIES: z
    .string()
    .default(DEFAULT_REFERRAL_POLICY.referralAgencyIds.join(','))
    .describe('the agencies a complaint may be referred to, ids separated by commas')
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .refine(
      (ids) => ids.length > 0 && ids.every((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)),
      'must be agency ids separated by commas, such as wsdot-oecr,fhwa,fta,us-doj',
    ),
  HUB_CIVIL_RIGHTS_OECR_AGENCY_ID: agencyId(
    DEFAULT_REFERRAL_POLICY.oecrAgencyId,
    'WSDOT OECR: every FHWA complaint is forwarded to it',
  ),
  HUB_CIVIL_RIGHTS_FHWA_AGENCY_ID: agencyId(
    DEFAULT_REFERRAL_POLICY.fhwaAgencyId,
    'FHWA: its decisions on FHWA complaints are final',
  ),
};

export type CivilRightsEnvironment = typeof civilRightsEnvironment;
export type CivilRightsConfig = z.infer<
  z.ZodObject<typeof subgraphEnvironment & CivilRightsEnvironment>
>;

/** What the resolvers, handlers and workers need from the configuration. */
export interface CivilRightsSettings {
  /** Only its time zone matters here: every Title VI clock is in calendar days. */
  readonly calendar: WorkingDayCalendar;
  readonly filing: FilingPolicy;
  readonly clocks: ClockPolicy;
  readonly referrals: ReferralPolicy;
  readonly retention: RetentionPolicy;
  readonly scanIntervalMs: number;
  readonly purgeIntervalMs: number;
}

export function settingsOf(config: CivilRightsConfig): CivilRightsSettings {
  const referralAgencyIds = config.HUB_CIVIL_RIGHTS_REFERRAL_AGENCIES;
  return {
    calendar: new WorkingDayCalendar({ timeZone: config.HUB_TIME_ZONE }),
    filing: { filingWindowDays: config.HUB_CIVIL_RIGHTS_FILING_WINDOW_DAYS },
    clocks: {
      respondentNotificationDays: config.HUB_CIVIL_RIGHTS_RESPONDENT_NOTIFICATION_DAYS,
      decisionNotificationDays: config.HUB_CIVIL_RIGHTS_DECISION_NOTIFICATION_DAYS,
      respondentAnswerDays: config.HUB_CIVIL_RIGHTS_RESPONDENT_ANSWER_DAYS,
      investigationReportDays: config.HUB_CIVIL_RIGHTS_INVESTIGATION_REPORT_DAYS,
      informationalMeetingsDays: config.HUB_CIVIL_RIGHTS_INFORMATIONAL_MEETINGS_DAYS,
      oecrCopyDays: config.HUB_CIVIL_RIGHTS_OECR_COPY_DAYS,
      appealDays: config.HUB_CIVIL_RIGHTS_APPEAL_DAYS,
      dueSoonDays: config.HUB_CIVIL_RIGHTS_DUE_SOON_DAYS,
    },
    referrals: {
      ownAgencyId: config.HUB_CIVIL_RIGHTS_OWN_AGENCY_ID,
      referralAgencyIds,
      oecrAgencyId: config.HUB_CIVIL_RIGHTS_OECR_AGENCY_ID,
      fhwaAgencyId: config.HUB_CIVIL_RIGHTS_FHWA_AGENCY_ID,
    },
    retention: {
      fiscalYearStartMonth: config.HUB_CIVIL_RIGHTS_FISCAL_YEAR_START_MONTH,
      retentionYears: config.HUB_CIVIL_RIGHTS_RETENTION_YEARS,
    },
    scanIntervalMs: config.HUB_CIVIL_RIGHTS_SCAN_INTERVAL_MS,
    purgeIntervalMs: config.HUB_CIVIL_RIGHTS_PURGE_INTERVAL_MS,
  };
}
