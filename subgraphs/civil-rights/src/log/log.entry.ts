import { CaseStatus } from '@hub/contracts';
import { Field, ID, ObjectType } from 'type-graphql';
import { TitleVINamedAddress } from '../complaints/complaint-form.entity';
import type { TitleVIComplaint } from '../complaints/complaint.entity';
import {
  TitleVIBasis,
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIStage,
} from '../complaints/title-vi.enums';
import type { CivilRightsContext } from '../context';

// One complaint as the Title VI complaint log lists it (docs/domain.md §7): what the log and
// FHWA's log require, nothing more. Every entry listed is a read of personal data.

/** The complainant, as the log names and addresses them. */
@ObjectType('TitleVILogComplainant')
export class TitleVILogComplainant extends TitleVINamedAddress {}

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

/** Log entries in the complaints' order: status and referrals in one query each. */
export async function logEntriesOf(
  context: CivilRightsContext,
  complaints: readonly TitleVIComplaint[],
  field: string,
): Promise<TitleVILogEntry[]> {
  const { loaders, statusCopies, accessLog } = context;
  return Promise.all(
    complaints.map(async (complaint) => {
      const [status, referrals] = await Promise.all([
        statusCopies.status(complaint.caseId),
        loaders.referralsByCase.load(complaint.caseId),
        accessLog.recordRead(complaint.caseId, field),
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
