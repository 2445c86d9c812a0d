import { AllowRoles, badUserInput } from '@hub/service-kit';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { TitleVIComplaint } from '../complaints/complaint.entity';
import { COORDINATOR } from '../complaints/title-vi.office';
import type { CivilRightsContext } from '../context';
import { addDays } from '../filing/local-date.rules';
import { fiscalYearOf, fiscalYearRange } from '../retention/retention.rules';
import { annualReportCsv } from './annual-report.rules';
import { logEntriesOf, TitleVILogEntry } from './log.entry';

/*
 * The Title VI complaint log (docs/domain.md §7): per complaint the complainant's name and
 * address, the date, the basis, the disposition and the status, with FHWA's log fields beside
 * them (recipient, nature, date the investigation was completed, date of the disposition). It
 * feeds the annual Title VI report. Coordinator only; every complaint listed is a read of
 * personal data, so each is on the access log.
 */

/** More rows than this in one answer: the coordinator narrows the range. */
const MAX_LOG_ROWS = 5_000;

@Resolver()
export class TitleVILogResolver {
  @AllowRoles(COORDINATOR)
  @Query(() => [TitleVILogEntry], {
    description: `The Title VI complaint log: complaints received from \`from\` (included) to \`to\` (excluded), oldest first; at most ${MAX_LOG_ROWS}.`,
  })
  async titleVILog(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() context: CivilRightsContext,
  ): Promise<TitleVILogEntry[]> {
    if (to.getTime() <= from.getTime()) throw badUserInput('to', 'must be after from');
    const complaints = await context.em.find(
      TitleVIComplaint,
      { receivedAt: { $gte: from, $lt: to } },
      { orderBy: [{ receivedAt: 'asc' }, { caseId: 'asc' }], limit: MAX_LOG_ROWS + 1 },
    );
    if (complaints.length > MAX_LOG_ROWS) {
      throw badUserInput('to', `more than ${MAX_LOG_ROWS} complaints: narrow the range`);
    }
    return logEntriesOf(context, complaints, 'titleVILog');
  }

  @AllowRoles(COORDINATOR)
  @Query(() => String, {
    description:
      'The annual Title VI report: the log of the complaints received in the fiscal year ' +
      '(named by the year it ends in), as CSV (RFC 4180, a header line, CRLF).',
  })
  async titleVIAnnualReport(
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Ctx() context: CivilRightsContext,
  ): Promise<string> {
    if (!Number.isInteger(fiscalYear) || fiscalYear < 1900 || fiscalYear > 9999) {
      throw badUserInput('fiscalYear', 'must be a year such as 2026');
    }
    const { calendar, retention } = context.settings;
    const range = fiscalYearRange(fiscalYear, retention.fiscalYearStartMonth);
    // A day's margin each side covers every time zone; the exact year is judged below.
    const candidates = await context.em.find(
      TitleVIComplaint,
      {
        receivedAt: {
          $gte: new Date(`${addDays(range.from, -1)}T00:00:00Z`),
          $lt: new Date(`${addDays(range.until, 1)}T00:00:00Z`),
        },
      },
      { orderBy: [{ receivedAt: 'asc' }, { caseId: 'asc' }] },
    );
    const complaints = candidates.filter(
      (complaint) =>
        fiscalYearOf(calendar.localDateOf(complaint.receivedAt), retention.fiscalYearStartMonth) ===
        fiscalYear,
    );
    const entries = await logEntriesOf(context, complaints, 'titleVIAnnualReport');
    return annualReportCsv(entries, (instant) => calendar.localDateOf(instant));
  }
}
