import type { Caller, InputProblem, Role } from '@hub/service-kit';
import { CaseKind, CaseStatus, Channel, type SubjectCategory } from './case.enums';

/*
 * The intake rules of DOMAIN.md §2 as plain functions of their inputs: what a valid case is,
 * who may read what, when a case may be withdrawn, which acknowledgment a reporter gets, and
 * what a completion reported by routing changes (§3).
 * No I/O here. Messages name the field and what is allowed, never the value: it may be
 * personal data.
 */

/** Case ids are UUIDs; anything else is no case's id (and PostgreSQL would reject it). */
export function isCaseId(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

// --- who may do what ---------------------------------------------------------------------

/** Who may read cases (everything but the reporter's identity). */
export const CASE_READERS: readonly Role[] = [
  'agent',
  'department_staff',
  'department_head',
  'hr',
  'opa',
  'audit',
  'title_vi_coordinator',
  'analyst',
  'council',
];
/** Who logs contacts received elsewhere: 311 agents, departments, Mayor/Council offices. */
export const CASE_LOGGERS: readonly Role[] = [
  'agent',
  'department_staff',
  'department_head',
  'council',
];
/** Who reads the council offices' notices of completed cases: the offices and 311 agents. */
export const COUNCIL_NOTICE_READERS: readonly Role[] = ['council', 'agent'];
export const CASE_WITHDRAWERS: readonly Role[] = ['agent', 'department_staff', 'department_head'];
export const CONTACT_EDITORS: readonly Role[] = ['agent'];

/** The fields that carry the reporter's identity; each read is written to the access log. */
export type RestrictedField = 'reporter' | 'onBehalfOf';

/**
 * Who may see who reported a case. A fraud/waste/abuse reporter is a whistleblower whose
 * identity is protected by law: Internal Audit alone, not even the 311 agents.
 */
export function restrictedFieldReaders(kind: CaseKind): readonly Role[] {
  return kind === CaseKind.FRAUD_WASTE_ABUSE ? ['audit'] : ['agent'];
}

export function mayReadRestricted(caller: Caller, kind: CaseKind): boolean {
  if (caller.anonymous) return false;
  const readers = restrictedFieldReaders(kind);
  return caller.roles.some((role) => readers.includes(role));
}

// --- limits ------------------------------------------------------------------------------

export const DEFAULT_DESCRIPTION_MAX_LENGTH = 4000;
export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 100 } as const;
/** Clocks of other offices' systems drift; a receipt time this far ahead is still "now". */
export const RECEIVED_AT_TOLERANCE_MS = 60_000;
const MAX_SHORT_TEXT = 200;
const MAX_ADDRESS = 500;
const MAX_ATTACHMENTS = 20;
const MAX_EXCLUDED_COMPANIONS = 20;
const MAX_REASON = 2000;

/** Characters as a person counts them (code points), not UTF-16 units. */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

const isBlank = (text: string | null | undefined): boolean => !text || text.trim() === '';

// --- the shapes the rules read ------------------------------------------------------------

export interface LocationShape {
  readonly address?: string | null;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
}

export interface ReporterContactShape {
  readonly name?: string | null;
  readonly email?: string | null;
  readonly homePhone?: string | null;
  readonly mobilePhone?: string | null;
  readonly mailingAddress?: string | null;
  readonly bestTimeToContact?: string | null;
  readonly preferredLanguage?: string | null;
  readonly wantsContact?: boolean | null;
}

export interface ThirdPartyShape {
  readonly representedPersonName: string;
  readonly relationship?: string | null;
  readonly consentGiven: boolean;
  readonly consentMethod: string;
}

export interface AttachmentShape {
  readonly url: string;
  readonly mediaType: string;
  readonly sha256: string;
}

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

export interface ReporterDraft {
  readonly anonymous: boolean;
  readonly name: string | null;
  readonly email: string | null;
  readonly homePhone: string | null;
  readonly mobilePhone: string | null;
  readonly mailingAddress: string | null;
  readonly bestTimeToContact: string | null;
  readonly preferredLanguage: string;
  readonly wantsContact: boolean;
  readonly representative: string | null;
  readonly excludedCompanions: readonly string[];
}

export interface ConsentDraft {
  readonly representedPersonName: string;
  readonly relationship: string | null;
  readonly consentGiven: true;
  readonly consentRecordedAt: Date;
  readonly consentMethod: string;
}

/** A valid case, as it will be stored. Text is kept exactly as given; blanks become null. */
export interface CaseDraft {
  readonly idempotencyKey: string | null;
  readonly kind: CaseKind;
  readonly channel: Channel;
  readonly subjectCategory: SubjectCategory | null;
  readonly serviceCode: string | null;
  readonly description: string;
  readonly location: {
    readonly address: string | null;
    readonly latitude: number | null;
    readonly longitude: number | null;
  } | null;
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

export type Verdict<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

// --- one case ----------------------------------------------------------------------------

/** Every problem of a submitted or logged case at once, or the case to store. */
export function validateCase(input: CaseInputShape, options: CaseRuleOptions): Verdict<CaseDraft> {
  const problems: InputProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const shortText = (field: string, value: string | null | undefined, max = MAX_SHORT_TEXT) => {
    if (isBlank(value)) return null;
    if (textLength(value!) > max) problem(field, `must be at most ${max} characters`);
    return value!;
  };

  const idempotencyKey = input.idempotencyKey ?? null;
  if (idempotencyKey === null) {
    if (options.idempotencyKeyRequired) problem('idempotencyKey', 'is required');
  } else if (
    idempotencyKey.length < IDEMPOTENCY_KEY_LENGTH.min ||
    idempotencyKey.length > IDEMPOTENCY_KEY_LENGTH.max ||
    /\s/.test(idempotencyKey)
  ) {
    problem(
      'idempotencyKey',
      `must be ${IDEMPOTENCY_KEY_LENGTH.min} to ${IDEMPOTENCY_KEY_LENGTH.max} characters without spaces (a UUID is a good choice)`,
    );
  }

  if (isBlank(input.description)) problem('description', 'must not be empty');
  else if (textLength(input.description) > options.maxDescriptionLength) {
    problem('description', `must be at most ${options.maxDescriptionLength} characters`);
  }

  const location = validateLocation(input.location ?? null, problem);
  if (input.kind === CaseKind.SERVICE_REQUEST && location === null && !input.location) {
    problem(
      'location',
      'a service request needs a location: a street address, or latitude and longitude',
    );
  }

  const serviceCode = shortText('serviceCode', input.serviceCode, 100);

  // Who received it first: a referring Mayor/Council office or a department (DOMAIN.md §2).
  const councilOffice = shortText('councilOffice', input.councilOffice);
  if (input.channel === Channel.COUNCIL_OFFICE && councilOffice === null) {
    problem('councilOffice', 'is required when the channel is COUNCIL_OFFICE');
  } else if (input.channel !== Channel.COUNCIL_OFFICE && councilOffice !== null) {
    problem('councilOffice', 'is only for the channel COUNCIL_OFFICE');
  }
  const receivingDepartment = shortText('receivingDepartment', input.receivingDepartment);
  if (input.channel === Channel.DEPARTMENT && receivingDepartment === null) {
    problem('receivingDepartment', 'is required when the channel is DEPARTMENT');
  } else if (input.channel !== Channel.DEPARTMENT && receivingDepartment !== null) {
    problem('receivingDepartment', 'is only for the channel DEPARTMENT');
  }

  let receivedAt = options.now;
  if (input.receivedAt) {
    if (Number.isNaN(input.receivedAt.getTime())) problem('receivedAt', 'must be a date and time');
    else if (input.receivedAt.getTime() > options.now.getTime() + RECEIVED_AT_TOLERANCE_MS) {
      problem('receivedAt', 'must not be in the future');
    } else receivedAt = input.receivedAt;
  }

  const contact = validateContact(input.reporter ?? {}, 'reporter', problem);

  const representative = shortText('representative', input.representative);
  const excludedCompanions = (input.excludedCompanions ?? []).filter((name) => !isBlank(name));
  if (excludedCompanions.length > MAX_EXCLUDED_COMPANIONS) {
    problem('excludedCompanions', `must list at most ${MAX_EXCLUDED_COMPANIONS} people`);
  }
  excludedCompanions.forEach((name, index) => {
    if (textLength(name) > MAX_SHORT_TEXT) {
      problem(`excludedCompanions.${index}`, `must be at most ${MAX_SHORT_TEXT} characters`);
    }
  });
  if (representative !== null && isExcluded(representative, excludedCompanions)) {
    problem(
      'representative',
      'a person on the excluded list may not represent or accompany the complainant ' +
        '(safeguarding: someone alleged to have abused the complainant never represents them)',
    );
  }

  const onBehalfOf = validateThirdParty(input.onBehalfOf ?? null, options.now, problem);
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

type Report = (field: string, message: string) => void;

function validateLocation(location: LocationShape | null, problem: Report): CaseDraft['location'] {
  if (location === null) return null;
  const address = isBlank(location.address) ? null : location.address!;
  if (address !== null && textLength(address) > MAX_ADDRESS) {
    problem('location.address', `must be at most ${MAX_ADDRESS} characters`);
  }
  const latitude = location.latitude ?? null;
  const longitude = location.longitude ?? null;
  if (latitude !== null && !(latitude >= -90 && latitude <= 90)) {
    problem('location.latitude', 'must be between -90 and 90');
  }
  if (longitude !== null && !(longitude >= -180 && longitude <= 180)) {
    problem('location.longitude', 'must be between -180 and 180');
  }
  if (latitude !== null && longitude === null) {
    problem('location.longitude', 'is required with latitude');
  }
  if (longitude !== null && latitude === null) {
    problem('location.latitude', 'is required with longitude');
  }
  if (address === null && latitude === null && longitude === null) {
    problem('location', 'give a street address, or latitude and longitude');
    return null;
  }
  return { address, latitude, longitude };
}

type ContactDraft = Omit<ReporterDraft, 'anonymous' | 'representative' | 'excludedCompanions'>;

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:".]+(\.[^\s@<>()[\],;:".]+)+$/u;
const PHONE_CHARACTERS = /^\+?[0-9 ().\-/]+((x|ext\.?)\s*[0-9]{1,6})?$/i;

function validateContact(
  contact: ReporterContactShape,
  path: string,
  problem: Report,
): ContactDraft {
  const text = (field: keyof ReporterContactShape, max: number) => {
    const value = contact[field] as string | null | undefined;
    if (isBlank(value)) return null;
    if (textLength(value!) > max) problem(`${path}.${field}`, `must be at most ${max} characters`);
    return value!;
  };
  const email = text('email', 254);
  if (email !== null && !EMAIL.test(email)) {
    problem(`${path}.email`, 'must be an email address such as name@example.org');
  }
  const phone = (field: 'homePhone' | 'mobilePhone') => {
    const value = text(field, 40);
    if (value === null) return null;
    const digits = value.replace(/\D/g, '').length;
    if (!PHONE_CHARACTERS.test(value.trim()) || digits < 3 || digits > 20) {
      problem(
        `${path}.${field}`,
        'must be a phone number: 3 to 20 digits, with spaces, + ( ) - . and an extension allowed',
      );
    }
    return value;
  };
  return {
    name: text('name', MAX_SHORT_TEXT),
    email,
    homePhone: phone('homePhone'),
    mobilePhone: phone('mobilePhone'),
    mailingAddress: text('mailingAddress', MAX_ADDRESS),
    bestTimeToContact: text('bestTimeToContact', MAX_SHORT_TEXT),
    preferredLanguage: languageTag(contact.preferredLanguage, `${path}.preferredLanguage`, problem),
    wantsContact: contact.wantsContact ?? false,
  };
}

/** A BCP 47 tag in its canonical form ('zh-hant-tw' → 'zh-Hant-TW'); English when not given. */
export function languageTag(
  tag: string | null | undefined,
  field: string,
  problem: Report,
): string {
  if (isBlank(tag)) return 'en';
  try {
    const [canonical] = Intl.getCanonicalLocales(tag!.trim());
    // The 5-8 letter primary subtags BCP 47 reserves are never assigned: only ISO 639 codes.
    if (canonical && /^[a-z]{2,3}(-|$)/i.test(canonical)) return canonical;
  } catch {
    // RangeError: not a well-formed tag
  }
  problem(field, 'must be a BCP 47 language tag such as en, es, vi, zh-Hant or fr-CA');
  return 'en';
}

function validateThirdParty(
  thirdParty: ThirdPartyShape | null,
  now: Date,
  problem: Report,
): ConsentDraft | null {
  if (thirdParty === null) return null;
  if (isBlank(thirdParty.representedPersonName)) {
    problem('onBehalfOf.representedPersonName', 'must name the person the complaint is for');
  } else if (textLength(thirdParty.representedPersonName) > MAX_SHORT_TEXT) {
    problem('onBehalfOf.representedPersonName', `must be at most ${MAX_SHORT_TEXT} characters`);
  }
  if (thirdParty.consentGiven !== true) {
    problem(
      'onBehalfOf.consentGiven',
      "a complaint on someone's behalf needs that person's explicit, recorded consent",
    );
  }
  if (isBlank(thirdParty.consentMethod)) {
    problem('onBehalfOf.consentMethod', 'must say how the consent was given (e.g. signed form)');
  } else if (textLength(thirdParty.consentMethod) > MAX_SHORT_TEXT) {
    problem('onBehalfOf.consentMethod', `must be at most ${MAX_SHORT_TEXT} characters`);
  }
  const relationship = isBlank(thirdParty.relationship) ? null : thirdParty.relationship!;
  if (relationship !== null && textLength(relationship) > MAX_SHORT_TEXT) {
    problem('onBehalfOf.relationship', `must be at most ${MAX_SHORT_TEXT} characters`);
  }
  return {
    representedPersonName: thirdParty.representedPersonName,
    relationship,
    consentGiven: true,
    consentRecordedAt: now,
    consentMethod: thirdParty.consentMethod,
  };
}

function validateAttachments(
  attachments: readonly AttachmentShape[],
  problem: Report,
): AttachmentShape[] {
  if (attachments.length > MAX_ATTACHMENTS) {
    problem('attachments', `must be at most ${MAX_ATTACHMENTS} files`);
  }
  return attachments.map((attachment, index) => {
    const path = `attachments.${index}`;
    let https = false;
    try {
      const url = new URL(attachment.url);
      https = url.protocol === 'https:' && !url.username && !url.password;
    } catch {
      // not a URL
    }
    if (!https || attachment.url.length > 2000) {
      problem(
        `${path}.url`,
        'must be an https:// URL without credentials, at most 2000 characters',
      );
    }
    if (!/^[a-z]+\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i.test(attachment.mediaType)) {
      problem(`${path}.mediaType`, 'must be a media type such as image/jpeg');
    }
    if (!/^[0-9a-f]{64}$/i.test(attachment.sha256)) {
      problem(`${path}.sha256`, 'must be a SHA-256 digest: 64 hexadecimal digits');
    }
    return {
      url: attachment.url,
      mediaType: attachment.mediaType.toLowerCase(),
      sha256: attachment.sha256.toLowerCase(),
    };
  });
}

// --- identity, safeguarding ---------------------------------------------------------------

/** Anonymous = nothing that identifies or reaches the reporter. */
export function isAnonymous(contact: ReporterContactShape): boolean {
  return (
    isBlank(contact.name) &&
    isBlank(contact.email) &&
    isBlank(contact.homePhone) &&
    isBlank(contact.mobilePhone) &&
    isBlank(contact.mailingAddress)
  );
}

// Letters NFKD leaves whole (Vietnamese đ, Polish ł, Nordic ø, ...), folded by hand.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/**
 * A name reduced for comparison only (never stored): compatibility-decomposed (NFKD), accents
 * and other marks dropped, lower-cased, all whitespace removed, so "Nguyễn  Văn Đức" and
 * "NGUYEN VAN DUC" are the same person.
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đðłøħŧıßæœþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/[\s\p{Zs}]+/gu, '');
}

export function isExcluded(person: string, excluded: readonly string[]): boolean {
  const wanted = comparableName(person);
  return wanted !== '' && excluded.some((name) => comparableName(name) === wanted);
}

// --- acknowledgments ------------------------------------------------------------------------

export type AcknowledgmentTemplate = 'receipt' | 'staff-complaint-receipt' | 'fraud-receipt';

/**
 * Which automatic acknowledgment the reporter gets on receipt (DOMAIN.md §2). Acknowledgments
 * go to the email given, so without one there is nothing to send. Compliments and suggestions
 * are answered only when the reporter asked to be contacted. A staff complaint's receipt says
 * employment law may keep the findings private; a fraud report's says the law protects them.
 */
export function acknowledgmentFor(
  kind: CaseKind,
  reporter: { readonly email: string | null; readonly wantsContact: boolean },
): AcknowledgmentTemplate | null {
  if (isBlank(reporter.email)) return null;
  switch (kind) {
    case CaseKind.COMPLIMENT:
    case CaseKind.SUGGESTION:
      return reporter.wantsContact ? 'receipt' : null;
    case CaseKind.STAFF_COMPLAINT:
      return 'staff-complaint-receipt';
    case CaseKind.FRAUD_WASTE_ABUSE:
      return 'fraud-receipt';
    default:
      return 'receipt';
  }
}

// --- later changes ------------------------------------------------------------------------

export const CONTACT_FIELDS = [
  'name',
  'email',
  'homePhone',
  'mobilePhone',
  'mailingAddress',
  'bestTimeToContact',
  'preferredLanguage',
  'wantsContact',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/**
 * A change of the reporter's contact details: a field left out stays as it is, a null clears
 * it. Returns the new details and the names of the fields that really changed.
 */
export function applyContactUpdate(
  current: ReporterDraft,
  update: ReporterContactShape,
): Verdict<{ reporter: ReporterDraft; changedFields: ContactField[] }> {
  const problems: InputProblem[] = [];
  const merged: Record<string, unknown> = { ...current };
  for (const field of CONTACT_FIELDS) {
    if (update[field] !== undefined) merged[field] = update[field];
  }
  const checked = validateContact(merged as ReporterContactShape, 'contact', (field, message) =>
    problems.push({ field, message }),
  );
  // Only the fields this update touched can be wrong; an old value is not the caller's fault.
  const own = problems.filter((p) => update[p.field.split('.')[1] as ContactField] !== undefined);
  if (own.length > 0) return { ok: false, problems: own };
  const changedFields = CONTACT_FIELDS.filter((field) => checked[field] !== current[field]);
  return {
    ok: true,
    value: {
      reporter: { ...current, ...checked, anonymous: isAnonymous(checked) },
      changedFields,
    },
  };
}

/** A case that has ended cannot be withdrawn; the message says why. */
export function withdrawalRefusal(status: CaseStatus | null): string | null {
  switch (status) {
    case CaseStatus.WITHDRAWN:
      return 'the case is already withdrawn';
    case CaseStatus.CLOSED:
    case CaseStatus.RESOLVED:
    case CaseStatus.OUT_OF_JURISDICTION:
      return `the case has ended (${status}) and cannot be withdrawn`;
    default:
      return null;
  }
}

export function validateWithdrawalReason(reason: string): InputProblem[] {
  if (isBlank(reason)) return [{ field: 'reason', message: 'must say why the case is withdrawn' }];
  if (textLength(reason) > MAX_REASON) {
    return [{ field: 'reason', message: `must be at most ${MAX_REASON} characters` }];
  }
  return [];
}

// --- closing the loop (routing's case.routed.v1 and case.completed.v1) -------------------

/**
 * Whether a completion closes the loop with the reporter: a case the reporter withdrew stays
 * withdrawn, and nobody is told about it.
 */
export function completionApplies(current: CaseStatus | null): boolean {
  return current !== CaseStatus.WITHDRAWN;
}

/**
 * Whether the reporter is sent the completion message (DOMAIN.md §2-3). Compliments and
 * suggestions only when the reporter asked to be contacted. Everyone else is, and when no
 * email was given the notifier records the message as skipped, so the record says why.
 */
export function completionMessageWanted(
  kind: CaseKind,
  reporter: { readonly wantsContact: boolean },
): boolean {
  if (kind === CaseKind.COMPLIMENT || kind === CaseKind.SUGGESTION) return reporter.wantsContact;
  return true;
}

/** The Mayor/Council office to notify when the case is completed, if one referred it. */
export function referringCouncilOffice(found: {
  readonly channel: Channel;
  readonly councilOffice: string | null;
}): string | null {
  return found.channel === Channel.COUNCIL_OFFICE && !isBlank(found.councilOffice)
    ? found.councilOffice
    : null;
}

/**
 * The longest disposition `notification.requested.v1` carries (its contract), in characters:
 * the same as `case.completed.v1`. Should the two ever part, a longer one is cut with an
 * ellipsis rather than breaking the contract and parking the completion on the dead-letter topic.
 */
export const NOTIFICATION_DISPOSITION_MAX = 4000;

export function dispositionForMessage(
  disposition: string,
  max = NOTIFICATION_DISPOSITION_MAX,
): string {
  const text = disposition.trim();
  const characters = [...text];
  if (characters.length <= max) return text;
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

// --- reading lists ------------------------------------------------------------------------
