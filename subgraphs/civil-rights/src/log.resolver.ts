import { badUserInput, CaseStatus, requiresScopes } from '@hub/service-kit';
import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { COORDINATOR } from './case.entity';
import { TitleVIComplaint } from './complaint.entity';
import type { CivilRightsContext } from './context';
import { addDays } from './local-date.rules';
import { toCsv } from './log.rules';
import { purgeExpired } from './retention.service';
import { TitleVIRetentionCount } from './retention.entity';
import { fiscalYearOf, fiscalYearRange } from './retention.rules';
import { TitleVIBasis, TitleVIProgram, TitleVIReceivedVia, TitleVIStage } from './title-vi.enums';

/*
 * The Title VI complaint log (DOMAIN.md §7): per complaint the complainant's name and address,
 * the date, the basis, the disposition and the status, with FHWA's log fields beside them
 * (recipient, nature, date the investigation was completed, date of the disposition). It
 * feeds the annual Title VI report. Coordinator only; every complaint listed is a read of
 * personal data, so each is on the access log.
 */

/** More rows than this in one answer: the coordinator narrows the range. */
const MAX_LOG_ROWS = 5_000;

@ObjectType('TitleVILogComplainant')
export class TitleVILogComplainant {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  state!: string | null;

  @Field(() => String, { nullable: true })
  zip!: string | null;
}

@ObjectType('TitleVILogEntry', { description: 'One complaint in the Title VI complaint log.' })
export class TitleVILogEntry {
  @Field(() => ID)
  caseId!: string;

  @Field(() => TitleVIProgram)
  program!: TitleVIProgram;

  @Field(() => TitleVIReceivedVia)
  receivedVia!: TitleVIReceivedVia;

  @Field({ description: 'The date of the complaint.' })
  receivedAt!: Date;

  @Field(() => TitleVILogComplainant)
  complainant!: TitleVILogComplainant;

  @Field(() => [TitleVIBasis])
  bases!: TitleVIBasis[];

  @Field(() => String, { nullable: true, description: 'FHWA: the nature of the complaint.' })
  natureOfComplaint!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'FHWA: the recipient complained against (organization, or person).',
  })
  recipient!: string | null;

  @Field()
  lateFiling!: boolean;

  @Field(() => TitleVIStage)
  stage!: TitleVIStage;

  @Field(() => CaseStatus, { nullable: true, description: "The case's hub status." })
  status!: CaseStatus | null;

  @Field(() => [String], { description: 'The agencies it was referred to.' })
  referredTo!: string[];

  @Field(() => String, { nullable: true })
  investigatorAgencyId!: string | null;

  @Field(() => Date, { nullable: true, description: 'FHWA: date the investigation was completed.' })
  investigationCompletedAt!: Date | null;

  @Field(() => String, { nullable: true })
  disposition!: string | null;

  @Field(() => Date, { nullable: true, description: 'FHWA: date of the disposition.' })
  dispositionAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

const CSV_HEADER = [
  'case_id',
  'program',
  'received_via',
  'date_received',
  'complainant_name',
  'complainant_address',
  'complainant_city',
  'complainant_state',
  'complainant_zip',
  'bases',
  'nature_of_complaint',
  'recipient',
  'late_filing',
  'stage',
  'status',
  'referred_to',
  'investigator',
  'date_investigation_completed',
  'disposition',
  'disposition_date',
  'date_closed',
];

const nameOf = (value: string) => value.toUpperCase();

@Resolver()
export class TitleVILogResolver {
  @Authorized(COORDINATOR)
  @Directive(requiresScopes([COORDINATOR]))
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

  @Authorized(COORDINATOR)
  @Directive(requiresScopes([COORDINATOR]))
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
    const { calendar, retention } = context.loaders.settings;
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
    const day = (instant: Date | null) => (instant ? calendar.localDateOf(instant) : null);
    return toCsv(
      CSV_HEADER,
      entries.map((entry) => [
        entry.caseId,
        nameOf(entry.program),
        nameOf(entry.receivedVia),
        day(entry.receivedAt),
        entry.complainant.name,
        entry.complainant.address,
        entry.complainant.city,
        entry.complainant.state,
        entry.complainant.zip,
        entry.bases.map(nameOf).join(';'),
        entry.natureOfComplaint,
        entry.recipient,
        entry.lateFiling,
        nameOf(entry.stage),
        entry.status ? nameOf(entry.status) : null,
        entry.referredTo.join(';'),
        entry.investigatorAgencyId,
        day(entry.investigationCompletedAt),
        entry.disposition,
        day(entry.dispositionAt),
        day(entry.closedAt),
      ]),
    );
  }

  @Authorized(COORDINATOR)
  @Directive(requiresScopes([COORDINATOR]))
  @Mutation(() => Int, {
    description:
      'Destroys the complaints whose retention ended by `asOf` (default now; never in the ' +
      'future): four years after the end of the fiscal year they closed in. Leaves only ' +
      'counts (titleVIRetentionCounts). Returns how many were destroyed.',
  })
  async purgeExpiredTitleVIRecords(
    @Arg('asOf', () => Date, { nullable: true }) asOf: Date | null,
    @Ctx() context: CivilRightsContext,
  ): Promise<number> {
    const now = new Date();
    const when = asOf ?? now;
    if (when.getTime() > now.getTime() + 60_000) {
      throw badUserInput(
        'asOf',
        'must not be in the future: records are destroyed when due, not before',
      );
    }
    return purgeExpired(context.em, context.loaders.settings, when);
  }

  @Authorized(COORDINATOR)
  @Directive(requiresScopes([COORDINATOR]))
  @Query(() => [TitleVIRetentionCount], {
    description: 'What is left of destroyed complaints: counts by fiscal year, program and bases.',
  })
  async titleVIRetentionCounts(
    @Ctx() { em }: CivilRightsContext,
  ): Promise<TitleVIRetentionCount[]> {
    return em.find(
      TitleVIRetentionCount,
      {},
      { orderBy: [{ fiscalYear: 'asc' }, { program: 'asc' }, { basesKey: 'asc' }] },
    );
  }
}

/** Log entries in the complaints' order: status and referrals in one query each. */
async function logEntriesOf(
  context: CivilRightsContext,
  complaints: readonly TitleVIComplaint[],
  field: string,
): Promise<TitleVILogEntry[]> {
  const { loaders, statusCopies } = context;
  return Promise.all(
    complaints.map(async (complaint) => {
      const [status, referrals] = await Promise.all([
        statusCopies.status(complaint.caseId),
        loaders.referralsByCase.load(complaint.caseId),
        loaders.accessLog.recordRead(complaint.caseId, field),
      ]);
      const { contact, respondent } = complaint;
      return Object.assign(new TitleVILogEntry(), {
        caseId: complaint.caseId,
        program: complaint.program,
        receivedVia: complaint.receivedVia,
        receivedAt: complaint.receivedAt,
        complainant: Object.assign(new TitleVILogComplainant(), {
          name: contact.name,
          address: contact.address,
          city: contact.city,
          state: contact.state,
          zip: contact.zip,
        }),
        bases: complaint.bases,
        natureOfComplaint: complaint.natureOfComplaint ?? complaint.basisExplanation,
        recipient: respondent.organization ?? respondent.name,
        lateFiling: complaint.lateFiling,
        stage: complaint.stage,
        status,
        referredTo: referrals.map((referral) => referral.agencyId),
        investigatorAgencyId: complaint.investigatorAgencyId,
        investigationCompletedAt: complaint.investigationCompletedAt,
        disposition: complaint.disposition,
        dispositionAt: complaint.dispositionAt,
        closedAt: complaint.closedAt,
      });
    }),
  );
}
