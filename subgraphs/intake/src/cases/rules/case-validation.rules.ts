import type { CaseKind } from '@hub/contracts';
import type { InputProblem } from '@hub/service-kit';
import type { Channel, SubjectCategory } from '../case.enums';
import { validateAttachments, type AttachmentShape } from './attachment.rules';
import { validateReceivedAt, validateReceivingOffice } from './channel.rules';
import { validateConsent, type ConsentDraft, type ThirdPartyShape } from './consent.rules';
import { validateDescription } from './description.rules';
import { validateIdempotencyKey } from './idempotency.rules';
import { optionalText, type Verdict } from './input.rules';
import { validateLocation, type LocationDraft, type LocationShape } from './location.rules';
import {
  isAnonymous,
  validateContact,
  type ReporterContactShape,
  type ReporterDraft,
} from './reporter.rules';
import { validateRepresentation } from './safeguarding.rules';

/*
 * A case as intake receives it (docs/domain.md §2), from the public form or logged by staff:
 * each concern's rule checks its part, and every problem of the whole case is reported at once.
 */

/** A case as sent, by the public form or by staff. */
export interface CaseInputShape {
  readonly idempotencyKey?: string | null;
  readonly kind: CaseKind;
  readonly channel: Channel;
  readonly subjectCategory?: SubjectCategory | null;
  readonly serviceCode?: string | null;
  readonly description: string;
  readonly location?: LocationShape | null;
  readonly reporter?: ReporterContactShape | null;
  readonly onBehalfOf?: ThirdPartyShape | null;
  readonly representative?: string | null;
  readonly excludedCompanions?: readonly string[] | null;
  readonly attachments?: readonly AttachmentShape[] | null;
  readonly councilOffice?: string | null;
  readonly receivingDepartment?: string | null;
  readonly receivedAt?: Date | null;
}

/** A valid case, as it will be stored. Text is kept exactly as given; blanks become null. */
export interface CaseDraft {
  readonly idempotencyKey: string | null;
  readonly kind: CaseKind;
  readonly channel: Channel;
  readonly subjectCategory: SubjectCategory | null;
  readonly serviceCode: string | null;
  readonly description: string;
  readonly location: LocationDraft | null;
  readonly reporter: ReporterDraft;
  readonly onBehalfOf: ConsentDraft | null;
  readonly attachments: readonly AttachmentShape[];
  readonly councilOffice: string | null;
  readonly receivingDepartment: string | null;
  readonly receivedAt: Date;
}

export interface CaseRuleOptions {
  readonly now: Date;
  readonly maxDescriptionLength: number;
  /** The public form must send one; an agent's system may. */
  readonly idempotencyKeyRequired: boolean;
}

/** Every problem of a submitted or logged case at once, or the case to store. */
export function validateCase(input: CaseInputShape, options: CaseRuleOptions): Verdict<CaseDraft> {
  const problems: InputProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });

  const idempotencyKey = validateIdempotencyKey(
    input.idempotencyKey,
    options.idempotencyKeyRequired,
    problem,
  );
  validateDescription(input.description, options.maxDescriptionLength, problem);
  const location = validateLocation(input.kind, input.location ?? null, problem);
  const serviceCode = optionalText('serviceCode', input.serviceCode, problem, 100);
  const { councilOffice, receivingDepartment } = validateReceivingOffice(input, problem);
  const receivedAt = validateReceivedAt(input.receivedAt, options.now, problem);
  const contact = validateContact(input.reporter ?? {}, 'reporter', problem);
  const { representative, excludedCompanions } = validateRepresentation(input, problem);
  const onBehalfOf = validateConsent(input.onBehalfOf ?? null, options.now, problem);
  const attachments = validateAttachments(input.attachments ?? [], problem);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      idempotencyKey,
      kind: input.kind,
      channel: input.channel,
      subjectCategory: input.subjectCategory ?? null,
      serviceCode,
      description: input.description,
      location,
      reporter: {
        ...contact,
        anonymous: isAnonymous(contact),
        representative,
        excludedCompanions,
      },
      onBehalfOf,
      attachments,
      councilOffice,
      receivingDepartment,
      receivedAt,
    },
  };
}
