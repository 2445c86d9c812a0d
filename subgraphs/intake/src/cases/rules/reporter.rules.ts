import type { InputProblem } from '@hub/service-kit';
import {
  MAX_ADDRESS,
  MAX_SHORT_TEXT,
  isBlank,
  optionalText,
  type Report,
  type Verdict,
} from './input.rules';

/*
 * The reporter: how to reach them, in which language, and whether they are anonymous. Every
 * detail is optional; leaving them all out is how a resident stays anonymous.
 */

/** The reporter's contact details as sent. */
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

/** The reporter as stored: contact details, anonymity and who may stand beside them. */
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

export type ContactDraft = Omit<
  ReporterDraft,
  'anonymous' | 'representative' | 'excludedCompanions'
>;

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

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:".]+(\.[^\s@<>()[\],;:".]+)+$/u;
const PHONE_CHARACTERS = /^\+?[0-9 ().\-/]+((x|ext\.?)\s*[0-9]{1,6})?$/i;

/** Contact details under `path` (`reporter` when a case arrives, `contact` when they change). */
export function validateContact(
  contact: ReporterContactShape,
  path: string,
  problem: Report,
): ContactDraft {
  const text = (field: keyof ReporterContactShape, max: number) =>
    optionalText(`${path}.${field}`, contact[field] as string | null | undefined, problem, max);
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
