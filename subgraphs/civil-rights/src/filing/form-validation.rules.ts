import type { InputProblem, LocalDate } from '@hub/service-kit';
import {
  TitleVIBasis,
  TitleVIReceivedVia,
  TitleVIRespondentKind,
} from '../complaints/title-vi.enums';
import {
  MAX_LIST_ENTRIES,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  type ComplaintDraft,
  type ComplaintShape,
  type ContactDraft,
  type FilerDraft,
  type FormText,
  type PostalDraft,
  type PostalShape,
  type ReachDraft,
  type ReachShape,
  type RespondentDraft,
  type SignatureDraft,
} from './complaint-form';
import { daysBetween, isLocalDate } from './local-date.rules';

/*
 * What a complete form holds (docs/domain.md §7): every problem of a form at once, each naming
 * its field, or the form as it is kept. Plain functions of their inputs.
 */

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
const isBlank = (value: FormText): boolean =>
  value === null || value === undefined || !value.trim();

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
  const text = (field: string, value: FormText, max = MAX_SHORT_TEXT): string | null => {
    if (isBlank(value)) return null;
    const trimmed = value!.trim();
    if ([...trimmed].length > max) problem(field, `must be at most ${max} characters`);
    return trimmed;
  };
  const required = (field: string, value: FormText, what: string, max = MAX_SHORT_TEXT) => {
    if (isBlank(value)) problem(field, `is required: ${what}`);
    return text(field, value, max);
  };
  const email = (field: string, value: FormText) => {
    const kept = text(field, value);
    if (kept !== null && !EMAIL.test(kept)) problem(field, 'must be an email address');
    return kept;
  };
  const postal = (path: string, given: PostalShape): PostalDraft => ({
    address: text(`${path}.address`, given.address),
    city: text(`${path}.city`, given.city),
    state: text(`${path}.state`, given.state),
    zip: text(`${path}.zip`, given.zip, 20),
  });
  const reach = (path: string, given: ReachShape): ReachDraft => ({
    ...postal(path, given),
    homePhone: text(`${path}.homePhone`, given.homePhone, 50),
    mobilePhone: text(`${path}.mobilePhone`, given.mobilePhone, 50),
  });
  const today = clock.localDateOf(clock.now);
  /** A date written YYYY-MM-DD, not after today; false (with its problem) otherwise. */
  const pastDate = (field: string, date: string): boolean => {
    if (!isLocalDate(date)) problem(field, 'must be a date written YYYY-MM-DD');
    else if (daysBetween(today, date) > 0) problem(field, 'must not be in the future');
    else return true;
    return false;
  };

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
    ...reach('contact', input.contact),
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
    ...reach('respondent', input.respondent),
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
      ...postal(path, other),
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
    if (dateFiled !== null) pastDate(`${path}.dateFiled`, dateFiled);
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
  const signature = validateSignature(input, incidentKnown ? incidentDate : null, {
    problem,
    text,
    pastDate,
  });
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
      ...reach('filer', input.filer),
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

/** The checks validateComplaint shares with its parts: each reports into the same list. */
interface FormChecks {
  readonly problem: (field: string, message: string) => void;
  readonly text: (field: string, value: FormText, max?: number) => string | null;
  readonly pastDate: (field: string, date: string) => boolean;
}

function validateSignature(
  input: ComplaintShape,
  incidentDate: LocalDate | null,
  { problem, text, pastDate }: FormChecks,
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
  if (
    signature.date !== null &&
    pastDate('signature.date', signature.date) &&
    incidentDate !== null &&
    daysBetween(incidentDate, signature.date) < 0
  ) {
    problem('signature.date', 'is before the date of the alleged act');
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
