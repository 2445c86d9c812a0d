import { CaseStatus, type InputProblem, type LocalDate } from '@hub/service-kit';
import { daysBetween, isLocalDate } from './local-date.rules';
import {
  TitleVIBasis,
  TitleVIProgram,
  TitleVIReceivedVia,
  TitleVIRespondentKind,
  TitleVIStage,
} from './title-vi.enums';

/*
 * Filing a Title VI complaint (DOMAIN.md §7, the RTC form and its FHWA and FTA procedures):
 * what a complete form holds, the 180-day window, and which gate a new complaint stops at.
 * Plain functions of their inputs; every number is configuration.
 */

export interface FilingPolicy {
  /** Calendar days after the alleged act; a later complaint is flagged for the coordinator. */
  readonly filingWindowDays: number;
}

export const DEFAULT_FILING_POLICY: FilingPolicy = { filingWindowDays: 180 };

export const MAX_SHORT_TEXT = 300;
export const MAX_LONG_TEXT = 20_000;
export const MAX_LIST_ENTRIES = 20;

// --- the form, as sent -----------------------------------------------------------------------

type Text = string | null | undefined;

export interface ContactShape {
  readonly name?: Text;
  readonly address?: Text;
  readonly city?: Text;
  readonly state?: Text;
  readonly zip?: Text;
  readonly homePhone?: Text;
  readonly mobilePhone?: Text;
  readonly bestTimeToContact?: Text;
  readonly email?: Text;
}

export interface RespondentShape {
  readonly name?: Text;
  readonly organization?: Text;
  readonly address?: Text;
  readonly city?: Text;
  readonly state?: Text;
  readonly zip?: Text;
  readonly homePhone?: Text;
  readonly mobilePhone?: Text;
  readonly kind?: TitleVIRespondentKind | null;
  readonly agencyId?: Text;
}

export interface OtherContactShape {
  readonly name?: Text;
  readonly phone?: Text;
  readonly address?: Text;
  readonly city?: Text;
  readonly state?: Text;
  readonly zip?: Text;
  readonly email?: Text;
}

export interface PriorComplaintShape {
  readonly agencyOrCourt?: Text;
  readonly dateFiled?: Text;
  readonly status?: Text;
  readonly result?: Text;
  readonly complaintNumber?: Text;
}

export interface SignatureShape {
  readonly printedName?: Text;
  readonly signatureText?: Text;
  readonly signedPaperReceived?: boolean | null;
  readonly date?: Text;
}

export interface FilerShape {
  readonly name?: Text;
  readonly address?: Text;
  readonly city?: Text;
  readonly state?: Text;
  readonly zip?: Text;
  readonly homePhone?: Text;
  readonly mobilePhone?: Text;
  readonly relationship?: Text;
}

export interface ComplaintShape {
  readonly program: TitleVIProgram;
  readonly receivedVia: TitleVIReceivedVia;
  readonly receivedAt?: Date | null;
  readonly contact: ContactShape;
  readonly bases: readonly string[];
  readonly basisExplanation?: Text;
  readonly natureOfComplaint?: Text;
  readonly incidentDate: string;
  readonly incidentOngoing?: boolean | null;
  readonly respondent: RespondentShape;
  readonly narrative: string;
  readonly remedySought?: Text;
  readonly otherContacts?: readonly OtherContactShape[] | null;
  readonly priorComplaints?: readonly PriorComplaintShape[] | null;
  readonly attorneyRetained?: boolean | null;
  readonly signature?: SignatureShape | null;
  readonly filedOnOwnBehalf?: boolean | null;
  readonly filer?: FilerShape | null;
}

// --- the form, as kept -----------------------------------------------------------------------

export type ContactDraft = { [Key in keyof ContactShape]-?: string | null };
export type RespondentDraft = {
  [Key in Exclude<keyof RespondentShape, 'kind'>]-?: string | null;
} & { kind: TitleVIRespondentKind };
export type OtherContactDraft = { [Key in keyof OtherContactShape]-?: string | null };
export type PriorComplaintDraft = { [Key in keyof PriorComplaintShape]-?: string | null };
export type FilerDraft = { [Key in keyof FilerShape]-?: string | null };

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

export type Verdict<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: InputProblem[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const AGENCY_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Basis names as GraphQL shows them, mapped to the stored values. */
const BASIS_NAMES: Readonly<Record<string, TitleVIBasis>> = {
  RACE: TitleVIBasis.RACE,
  COLOR: TitleVIBasis.COLOR,
  NATIONAL_ORIGIN: TitleVIBasis.NATIONAL_ORIGIN,
};
/** A complaint against one of these is notified to them within the configured days. */
export const NOTIFIED_RESPONDENT_KINDS: readonly TitleVIRespondentKind[] = [
  TitleVIRespondentKind.SUBRECIPIENT,
  TitleVIRespondentKind.CONSULTANT,
  TitleVIRespondentKind.CONTRACTOR,
];

const isBlank = (value: Text): boolean => value === null || value === undefined || !value.trim();

/** What the office needs to judge a form: the instant it is judged at and the zone's days. */
export interface FilingClock {
  readonly now: Date;
  /** The local date of an instant in the jurisdiction's time zone. */
  readonly localDateOf: (instant: Date) => LocalDate;
}

/**
 * Every problem of a form at once, each naming its field (a dotted path such as
 * `signature.date`), or the form as it is kept: trimmed, blanks as null, bases as values.
 */
export function validateComplaint(
  input: ComplaintShape,
  clock: FilingClock,
): Verdict<ComplaintDraft> {
  const problems: InputProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const text = (field: string, value: Text, max = MAX_SHORT_TEXT): string | null => {
    if (isBlank(value)) return null;
    const trimmed = value!.trim();
    if ([...trimmed].length > max) problem(field, `must be at most ${max} characters`);
    return trimmed;
  };
  const required = (field: string, value: Text, what: string, max = MAX_SHORT_TEXT) => {
    if (isBlank(value)) problem(field, `is required: ${what}`);
    return text(field, value, max);
  };
  const email = (field: string, value: Text) => {
    const kept = text(field, value);
    if (kept !== null && !EMAIL.test(kept)) problem(field, 'must be an email address');
    return kept;
  };
  const today = clock.localDateOf(clock.now);

  const receivedAt = input.receivedAt ?? clock.now;
  if (Number.isNaN(receivedAt.getTime()) || receivedAt.getTime() > clock.now.getTime() + 60_000) {
    problem('receivedAt', 'must not be in the future');
  }
  const receivedDate = clock.localDateOf(
    Number.isNaN(receivedAt.getTime()) ? clock.now : receivedAt,
  );

  // Section 1: how to reach the complainant.
  const contact: ContactDraft = {
    name: required('contact.name', input.contact.name, "the complainant's name"),
    address: text('contact.address', input.contact.address),
    city: text('contact.city', input.contact.city),
    state: text('contact.state', input.contact.state),
    zip: text('contact.zip', input.contact.zip, 20),
    homePhone: text('contact.homePhone', input.contact.homePhone, 50),
    mobilePhone: text('contact.mobilePhone', input.contact.mobilePhone, 50),
    bestTimeToContact: text('contact.bestTimeToContact', input.contact.bestTimeToContact),
    email: email('contact.email', input.contact.email),
  };

  // Section 2: the basis (one or more of the three), the incident, who, what happened.
  const bases: TitleVIBasis[] = [];
  if (input.bases.length === 0) {
    problem('bases', 'at least one is required: RACE, COLOR or NATIONAL_ORIGIN');
  }
  for (const name of input.bases) {
    const basis = BASIS_NAMES[name];
    if (!basis) {
      problem('bases', 'Title VI covers only RACE, COLOR and NATIONAL_ORIGIN');
      break;
    }
    if (!bases.includes(basis)) bases.push(basis);
  }
  const incidentDate = input.incidentDate.trim();
  const incidentKnown = isLocalDate(incidentDate);
  if (!incidentKnown) {
    problem('incidentDate', 'must be the date of the alleged act, written YYYY-MM-DD');
  } else if (daysBetween(today, incidentDate) > 0) {
    problem('incidentDate', 'must not be in the future');
  } else if (daysBetween(receivedDate, incidentDate) > 0) {
    problem('receivedAt', 'is before the date of the alleged act');
  }
  const respondent: RespondentDraft = {
    name: text('respondent.name', input.respondent.name),
    organization: text('respondent.organization', input.respondent.organization),
    address: text('respondent.address', input.respondent.address),
    city: text('respondent.city', input.respondent.city),
    state: text('respondent.state', input.respondent.state),
    zip: text('respondent.zip', input.respondent.zip, 20),
    homePhone: text('respondent.homePhone', input.respondent.homePhone, 50),
    mobilePhone: text('respondent.mobilePhone', input.respondent.mobilePhone, 50),
    kind: input.respondent.kind ?? TitleVIRespondentKind.OTHER,
    agencyId: text('respondent.agencyId', input.respondent.agencyId, 100),
  };
  if (respondent.name === null && respondent.organization === null) {
    problem('respondent.name', 'name the person or the organization alleged to have discriminated');
  }
  if (respondent.agencyId !== null && !AGENCY_ID.test(respondent.agencyId)) {
    problem('respondent.agencyId', 'must be an agency id such as city or wsdot-oecr');
  }
  const narrative = required(
    'narrative',
    input.narrative,
    'what happened, and why it was discrimination',
    MAX_LONG_TEXT,
  );

  // Section 3: the remedy sought and other people to contact.
  const otherContacts = (input.otherContacts ?? []).map((other, index) => {
    const path = `otherContacts.${index}`;
    return {
      name: required(`${path}.name`, other.name, "the person's name"),
      phone: text(`${path}.phone`, other.phone, 50),
      address: text(`${path}.address`, other.address),
      city: text(`${path}.city`, other.city),
      state: text(`${path}.state`, other.state),
      zip: text(`${path}.zip`, other.zip, 20),
      email: email(`${path}.email`, other.email),
    };
  });
  if (otherContacts.length > MAX_LIST_ENTRIES) {
    problem('otherContacts', `at most ${MAX_LIST_ENTRIES} people`);
  }

  // Section 4: complaints already made to other agencies or courts.
  const priorComplaints = (input.priorComplaints ?? []).map((prior, index) => {
    const path = `priorComplaints.${index}`;
    const dateFiled = text(`${path}.dateFiled`, prior.dateFiled, 10);
    if (dateFiled !== null) {
      if (!isLocalDate(dateFiled))
        problem(`${path}.dateFiled`, 'must be a date written YYYY-MM-DD');
      else if (daysBetween(today, dateFiled) > 0)
        problem(`${path}.dateFiled`, 'must not be in the future');
    }
    return {
      agencyOrCourt: required(`${path}.agencyOrCourt`, prior.agencyOrCourt, 'the agency or court'),
      dateFiled,
      status: text(`${path}.status`, prior.status),
      result: text(`${path}.result`, prior.result, MAX_LONG_TEXT),
      complaintNumber: text(`${path}.complaintNumber`, prior.complaintNumber, 100),
    };
  });
  if (priorComplaints.length > MAX_LIST_ENTRIES) {
    problem('priorComplaints', `at most ${MAX_LIST_ENTRIES} complaints`);
  }

  // Section 5: the signature, and who filed it.
  const signature = validateSignature(
    input,
    incidentKnown ? incidentDate : null,
    today,
    problem,
    text,
  );
  const filedOnOwnBehalf = input.filedOnOwnBehalf ?? true;
  let filer: FilerDraft | null = null;
  if (filedOnOwnBehalf) {
    if (input.filer) problem('filer', "is only for a complaint filed on someone else's behalf");
  } else if (!input.filer) {
    problem(
      'filer',
      "is required for a complaint filed on someone else's behalf: the filer's contact details and relationship",
    );
  } else {
    filer = {
      name: required('filer.name', input.filer.name, "the filer's name"),
      address: text('filer.address', input.filer.address),
      city: text('filer.city', input.filer.city),
      state: text('filer.state', input.filer.state),
      zip: text('filer.zip', input.filer.zip, 20),
      homePhone: text('filer.homePhone', input.filer.homePhone, 50),
      mobilePhone: text('filer.mobilePhone', input.filer.mobilePhone, 50),
      relationship: required(
        'filer.relationship',
        input.filer.relationship,
        'how the filer is related to the complainant',
      ),
    };
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      program: input.program,
      receivedVia: input.receivedVia,
      receivedAt,
      contact,
      bases,
      basisExplanation: text('basisExplanation', input.basisExplanation, MAX_LONG_TEXT),
      natureOfComplaint: text('natureOfComplaint', input.natureOfComplaint),
      incidentDate,
      incidentOngoing: input.incidentOngoing ?? false,
      respondent,
      narrative: narrative!,
      remedySought: text('remedySought', input.remedySought, MAX_LONG_TEXT),
      otherContacts,
      priorComplaints,
      attorneyRetained: input.attorneyRetained ?? null,
      signature,
      filedOnOwnBehalf,
      filer,
    },
  };
}

function validateSignature(
  input: ComplaintShape,
  incidentDate: LocalDate | null,
  today: LocalDate,
  problem: (field: string, message: string) => void,
  text: (field: string, value: Text, max?: number) => string | null,
): SignatureDraft {
  const given = input.signature ?? {};
  const signature: SignatureDraft = {
    printedName: text('signature.printedName', given.printedName),
    signatureText: text('signature.signatureText', given.signatureText),
    signedPaperReceived: given.signedPaperReceived ?? false,
    date: text('signature.date', given.date, 10),
  };
  const signs = signature.signatureText !== null || signature.signedPaperReceived;
  if (input.receivedVia === TitleVIReceivedVia.VERBAL) {
    if (signs || signature.date !== null) {
      problem(
        'signature',
        'a verbal complaint is not signed: record the signed form with recordSignedComplaint',
      );
    }
    return signature;
  }
  if (signature.date !== null) {
    if (!isLocalDate(signature.date))
      problem('signature.date', 'must be a date written YYYY-MM-DD');
    else if (daysBetween(today, signature.date) > 0)
      problem('signature.date', 'must not be in the future');
    else if (incidentDate !== null && daysBetween(incidentDate, signature.date) < 0) {
      problem('signature.date', 'is before the date of the alleged act');
    }
  }
  if (signs) {
    if (signature.date === null) problem('signature.date', 'is required on a signed complaint');
    if (signature.printedName === null)
      problem('signature.printedName', 'is required on a signed complaint');
  }
  return signature;
}

/** Signed: written, with a typed signature or a signed paper form received. */
export function isSigned(draft: Pick<ComplaintDraft, 'receivedVia' | 'signature'>): boolean {
  return (
    draft.receivedVia === TitleVIReceivedVia.WRITTEN &&
    (draft.signature.signatureText !== null || draft.signature.signedPaperReceived)
  );
}

export interface FilingWindow {
  readonly daysAfterIncident: number;
  readonly late: boolean;
}

/** "Within 180 days of the alleged act": day 180 is in time, day 181 is late. */
export function filingWindow(
  policy: FilingPolicy,
  incidentDate: LocalDate,
  filedOn: LocalDate,
): FilingWindow {
  const daysAfterIncident = daysBetween(incidentDate, filedOn);
  return { daysAfterIncident, late: daysAfterIncident > policy.filingWindowDays };
}

/**
 * Which gate a complaint stops at. A verbal FTA complaint is recorded and not processed; a
 * verbal FHWA one, or an unsigned written one, waits for the signed form; a late one waits for
 * the coordinator; the rest proceed.
 */
export function stageAtFiling(
  program: TitleVIProgram,
  signed: boolean,
  receivedVia: TitleVIReceivedVia,
  late: boolean,
): TitleVIStage {
  if (receivedVia === TitleVIReceivedVia.VERBAL) {
    return program === TitleVIProgram.FTA
      ? TitleVIStage.VERBAL_NOT_PROCESSED
      : TitleVIStage.AWAITING_SIGNED_COMPLAINT;
  }
  if (!signed) return TitleVIStage.AWAITING_SIGNED_COMPLAINT;
  return late ? TitleVIStage.AWAITING_LATE_REVIEW : TitleVIStage.OPEN;
}

/** Stages in which the procedure runs (referrals, steps, clocks). */
export const PROCEEDING_STAGES: readonly TitleVIStage[] = [
  TitleVIStage.OPEN,
  TitleVIStage.REFERRED,
];

/** Stages held before the procedure: a signed complaint or the coordinator's review is due. */
export const HELD_STAGES: readonly TitleVIStage[] = [
  TitleVIStage.AWAITING_SIGNED_COMPLAINT,
  TitleVIStage.VERBAL_NOT_PROCESSED,
  TitleVIStage.AWAITING_LATE_REVIEW,
];

/** The hub status a stage is published as, with the office's own word beside it. */
export function statusOfStage(stage: TitleVIStage): {
  status: CaseStatus;
  agencyStatus: string;
} {
  switch (stage) {
    case TitleVIStage.AWAITING_SIGNED_COMPLAINT:
      return {
        status: CaseStatus.AWAITING_INFORMATION,
        agencyStatus: 'awaiting the signed complaint',
      };
    case TitleVIStage.VERBAL_NOT_PROCESSED:
      return {
        status: CaseStatus.AWAITING_INFORMATION,
        agencyStatus: 'verbal complaint recorded, not formally processed',
      };
    case TitleVIStage.AWAITING_LATE_REVIEW:
      return {
        status: CaseStatus.IN_PROGRESS,
        agencyStatus: 'filed late: for the coordinator to review',
      };
    case TitleVIStage.OPEN:
      return { status: CaseStatus.IN_PROGRESS, agencyStatus: 'complaint filed' };
    case TitleVIStage.REFERRED:
      return { status: CaseStatus.REFERRED, agencyStatus: 'referred' };
    case TitleVIStage.CLOSED:
      return { status: CaseStatus.CLOSED, agencyStatus: 'closed' };
    case TitleVIStage.APPEALED:
      return { status: CaseStatus.APPEALED, agencyStatus: 'appealed' };
  }
}

const BASIS_LABELS: Readonly<Record<TitleVIBasis, string>> = {
  [TitleVIBasis.RACE]: 'race',
  [TitleVIBasis.COLOR]: 'color',
  [TitleVIBasis.NATIONAL_ORIGIN]: 'national origin',
};

/**
 * Under FHWA a verbal complaint is written down by the office and sent to the complainant to
 * correct and sign: the form, sections 1 to 5, filled with what was said, signature left blank.
 * JSON, so a mail merge or a PDF filler can take it as it is.
 */
export function formToSign(caseId: string, draft: Omit<ComplaintDraft, 'receivedAt'>): string {
  return JSON.stringify(
    {
      form: `Title VI complaint form (${draft.program === TitleVIProgram.FHWA ? 'FHWA' : 'FTA'} procedure)`,
      caseId,
      instructions:
        'This form was filled in from what you told us. Please correct anything that is wrong, ' +
        'sign and date section 5, and return it to the Title VI Coordinator. Your complaint ' +
        'is processed once the signed form is received.',
      section1Contact: draft.contact,
      section2Complaint: {
        basis: Object.fromEntries(
          Object.values(TitleVIBasis).map((basis) => [
            BASIS_LABELS[basis],
            draft.bases.includes(basis),
          ]),
        ),
        explanation: draft.basisExplanation,
        incidentDate: draft.incidentDate,
        ongoing: draft.incidentOngoing,
        whoDiscriminated: {
          name: draft.respondent.name,
          organization: draft.respondent.organization,
          address: draft.respondent.address,
          city: draft.respondent.city,
          state: draft.respondent.state,
          zip: draft.respondent.zip,
          homePhone: draft.respondent.homePhone,
          mobilePhone: draft.respondent.mobilePhone,
        },
        whatHappened: draft.narrative,
      },
      section3Resolution: {
        remedySought: draft.remedySought,
        otherPeopleToContact: draft.otherContacts,
      },
      section4PriorComplaints: {
        complaints: draft.priorComplaints,
        attorneyRetained: draft.attorneyRetained,
      },
      section5Signature: {
        printedName: draft.signature.printedName ?? draft.contact.name,
        signature: '',
        date: '',
        filedOnOwnBehalf: draft.filedOnOwnBehalf,
        filer: draft.filer,
      },
    },
    null,
    2,
  );
}
