import type { LocalDate } from '@hub/service-kit';
import type {
  TitleVIBasis,
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIRespondentKind,
} from '../complaints/title-vi.enums';

/*
 * The Title VI complaint form (docs/domain.md §7, the RTC form, sections 1 to 5) as the
 * coordinator sends it, and as it is kept once checked. Types and limits only; the checks are
 * in form-validation.rules.ts.
 */

export const MAX_SHORT_TEXT = 300;
export const MAX_LONG_TEXT = 20_000;
export const MAX_LIST_ENTRIES = 20;

// --- the form, as sent -----------------------------------------------------------------------

/** A text of the form as sent: missing, null or blank all mean not given. */
export type FormText = string | null | undefined;

/** Where someone lives or works, as every section of the form asks it. */
export interface PostalShape {
  readonly address?: FormText;
  readonly city?: FormText;
  readonly state?: FormText;
  readonly zip?: FormText;
}

/** A postal address with the two phones the form asks for. */
export interface ReachShape extends PostalShape {
  readonly homePhone?: FormText;
  readonly mobilePhone?: FormText;
}

export interface ContactShape extends ReachShape {
  readonly name?: FormText;
  readonly bestTimeToContact?: FormText;
  readonly email?: FormText;
}

export interface RespondentShape extends ReachShape {
  readonly name?: FormText;
  readonly organization?: FormText;
  readonly kind?: TitleVIRespondentKind | null;
  readonly agencyId?: FormText;
}

export interface OtherContactShape extends PostalShape {
  readonly name?: FormText;
  readonly phone?: FormText;
  readonly email?: FormText;
}

export interface PriorComplaintShape {
  readonly agencyOrCourt?: FormText;
  readonly dateFiled?: FormText;
  readonly status?: FormText;
  readonly result?: FormText;
  readonly complaintNumber?: FormText;
}

export interface SignatureShape {
  readonly printedName?: FormText;
  readonly signatureText?: FormText;
  readonly signedPaperReceived?: boolean | null;
  readonly date?: FormText;
}

export interface FilerShape extends ReachShape {
  readonly name?: FormText;
  readonly relationship?: FormText;
}

export interface ComplaintShape {
  readonly program: TitleVIProgram;
  readonly receivedVia: TitleVIReceivedVia;
  readonly receivedAt?: Date | null;
  readonly contact: ContactShape;
  readonly bases: readonly string[];
  readonly basisExplanation?: FormText;
  readonly natureOfComplaint?: FormText;
  readonly incidentDate: string;
  readonly incidentOngoing?: boolean | null;
  readonly respondent: RespondentShape;
  readonly narrative: string;
  readonly remedySought?: FormText;
  readonly otherContacts?: readonly OtherContactShape[] | null;
  readonly priorComplaints?: readonly PriorComplaintShape[] | null;
  readonly attorneyRetained?: boolean | null;
  readonly signature?: SignatureShape | null;
  readonly filedOnOwnBehalf?: boolean | null;
  readonly filer?: FilerShape | null;
}

// --- the form, as kept -----------------------------------------------------------------------

/** Every text of a section kept, trimmed, a blank one as null. */
type Kept<Shape> = { [Key in keyof Shape]-?: string | null };

export type PostalDraft = Kept<PostalShape>;
export type ReachDraft = Kept<ReachShape>;
export type ContactDraft = Kept<ContactShape>;
export type RespondentDraft = Kept<Omit<RespondentShape, 'kind'>> & {
  kind: TitleVIRespondentKind;
};
export type OtherContactDraft = Kept<OtherContactShape>;
export type PriorComplaintDraft = Kept<PriorComplaintShape>;
export type FilerDraft = Kept<FilerShape>;

export interface SignatureDraft {
  printedName: string | null;
  signatureText: string | null;
  signedPaperReceived: boolean;
  date: LocalDate | null;
}

/** The form as it is kept: trimmed, blanks as null, bases as their stored values. */
export interface ComplaintDraft {
  program: TitleVIProgram;
  receivedVia: TitleVIReceivedVia;
  receivedAt: Date;
  contact: ContactDraft;
  bases: TitleVIBasis[];
  basisExplanation: string | null;
  natureOfComplaint: string | null;
  incidentDate: LocalDate;
  incidentOngoing: boolean;
  respondent: RespondentDraft;
  narrative: string;
  remedySought: string | null;
  otherContacts: OtherContactDraft[];
  priorComplaints: PriorComplaintDraft[];
  attorneyRetained: boolean | null;
  signature: SignatureDraft;
  filedOnOwnBehalf: boolean;
  filer: FilerDraft | null;
}
