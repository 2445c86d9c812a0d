import type { NotificationRequestedData } from '@hub/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import vi from './messages/vi.json';
import zh from './messages/zh.json';

/** The automatic messages of docs/domain.md §2, named as `notification.requested.v1` names them. */
export type NotificationTemplate = NotificationRequestedData['template'];
export const NOTIFICATION_TEMPLATES: readonly NotificationTemplate[] = [
  'receipt',
  'staff-complaint-receipt',
  'fraud-receipt',
  'completion',
];

export const NOTIFICATION_STATUSES = [
  'pending',
  'sent',
  'failed',
  'skipped_no_email',
  'skipped_case_missing',
] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** What the event carries: no address and no name, only what the text needs. */
export type NotificationParameters = Readonly<NotificationRequestedData['parameters']>;

/** What rendering needs beyond the event: where residents track a case. */
export interface RenderParameters extends NotificationParameters {
  readonly trackingUrl: string;
}

export interface RenderedNotification {
  readonly language: MessageLanguage;
  readonly subject: string;
  readonly text: string;
}

export const MESSAGE_LANGUAGES = ['en', 'es', 'vi', 'zh', 'fr'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: MessageLanguage = 'en';

type Catalog = typeof en;
export type MessageKey = keyof Catalog;

// Typed against English, so a translation that lacks a key does not compile; the spec also
// catches a key that only a translation has.
export const MESSAGE_CATALOGS: Readonly<Record<MessageLanguage, Catalog>> = { en, es, vi, zh, fr };

/**
 * The tag a message is formatted and labelled with (Content-Language). Our Chinese texts are
 * in Simplified characters, so they say so.
 */
export const CONTENT_LANGUAGE: Readonly<Record<MessageLanguage, string>> = {
  en: 'en',
  es: 'es',
  vi: 'vi',
  zh: 'zh-Hans',
  fr: 'fr',
};

/**
 * The reporter's preferred language (any BCP 47 tag, as given at intake) matched by its
 * language subtag: 'vi-VN' -> vi, 'zh-Hant-TW' -> zh, 'fr-CA' -> fr. Anything we have no
 * texts for, and anything that is not a tag at all, gets English.
 */
export function chooseLanguage(tag: string | null | undefined): MessageLanguage {
  const candidate = (tag ?? '').trim().replace(/_/g, '-');
  if (!candidate) return FALLBACK_LANGUAGE;
  let language: string;
  try {
    language = new Intl.Locale(candidate).language;
  } catch {
    return FALLBACK_LANGUAGE; // not a well-formed tag
  }
  return (MESSAGE_LANGUAGES as readonly string[]).includes(language)
    ? (language as MessageLanguage)
    : FALLBACK_LANGUAGE;
}

const compiled = new Map<string, IntlMessageFormat>();

function format(language: MessageLanguage, key: MessageKey, values: Record<string, string>) {
  const cacheKey = `${language}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    message = new IntlMessageFormat(MESSAGE_CATALOGS[language][key], CONTENT_LANGUAGE[language]);
    compiled.set(cacheKey, message);
  }
  const result = message.format(values);
  // Only plain-string arguments are ever passed, so the result is a string; say so loudly if not.
  if (typeof result !== 'string') throw new Error(`message ${language}:${key} is not plain text`);
  return result;
}

/**
 * Subject and plain-text body of one automatic message, in the reporter's language or English.
 * Pure: the same inputs give the same text, so it can be rendered again at every attempt.
 */
export function renderNotification(
  template: NotificationTemplate,
  language: string | null | undefined,
  parameters: RenderParameters,
): RenderedNotification {
  const chosen = chooseLanguage(language);
  const disposition = parameters.disposition?.trim() ?? '';
  const values = {
    srNumber: parameters.srNumber,
    trackingUrl: parameters.trackingUrl,
    disposition,
    // ICU `select` needs a keyword; the disposition text itself could be any word.
    outcome: disposition ? 'given' : 'none',
  };
  const subject = format(chosen, `${template}.subject`, values);
  const body = format(chosen, `${template}.body`, values);
  const footer = format(chosen, 'footer', values);
  // "-- " is the signature separator mail clients recognise and dim.
  return { language: chosen, subject, text: `${body}\n\n-- \n${footer}\n` };
}

export interface Recipient {
  readonly email: string | null;
  readonly language: string;
  readonly srNumber: string;
}

export interface PlannedNotification {
  readonly status: Extract<
    NotificationStatus,
    'pending' | 'skipped_no_email' | 'skipped_case_missing'
  >;
  readonly language: MessageLanguage;
  readonly recipientEmail: string | null;
}

/**
 * What a request for a message becomes. docs/domain.md §2: the auto-responses go to the email
 * given; a reporter who gave none gets none, and that is recorded rather than silently dropped.
 */
export function planNotification(recipient: Recipient | null): PlannedNotification {
  if (!recipient) {
    return { status: 'skipped_case_missing', language: FALLBACK_LANGUAGE, recipientEmail: null };
  }
  const language = chooseLanguage(recipient.language);
  const email = recipient.email?.trim() ?? '';
  if (!email) return { status: 'skipped_no_email', language, recipientEmail: null };
  return { status: 'pending', language, recipientEmail: email };
}

export interface RetryPolicy {
  /** Wait after the first refused attempt; each further refusal doubles it. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * How long a message the mail server refused for now waits before its next attempt:
 * exponential in the attempts so far, capped, with up to 20% random spread so that a burst of
 * refusals does not come back as a burst.
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random = Math.random): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.round(delay * (1 - 0.2 * random()));
}

/** How a failed send counts. */
export type SendFailureKind =
  /** The mail service is unreachable or misconfigured: nothing is wrong with this message. */
  | 'outage'
  /** The server refused this message for now (SMTP 4xx): try again later. */
  | 'temporary'
  /** The server refused this message for good (SMTP 5xx, or an address it cannot take). */
  | 'permanent';

// Failures of the connection, TLS, login or protocol: the relay's problem, not the message's.
const OUTAGE_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EAUTH',
  'EPROTOCOL',
  'EREQUIRETLS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * Sorts a nodemailer error. Only what the server says about this message's recipient or
 * content counts against the message; an outage must never use up a message's attempts, or a
 * long outage would turn every waiting acknowledgment into a failure. A refusal of our own
 * sender address (MAIL FROM) is a configuration problem and counts as an outage too.
 */
export function classifySendFailure(error: {
  code?: unknown;
  responseCode?: unknown;
  command?: unknown;
}): SendFailureKind {
  const code = typeof error.code === 'string' ? error.code : '';
  const responseCode = typeof error.responseCode === 'number' ? error.responseCode : 0;
  if (OUTAGE_CODES.has(code) || error.command === 'MAIL FROM' || error.command === 'CONN') {
    return 'outage';
  }
  if (responseCode >= 500 && responseCode < 600) return 'permanent';
  if (responseCode >= 400 && responseCode < 500) return 'temporary';
  // nodemailer refused the recipient before asking the server (a malformed address).
  if (code === 'EENVELOPE') return 'permanent';
  return 'temporary';
}

const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/**
 * A failure as it may be stored or logged: its code and SMTP reply, with every address
 * replaced (servers quote the recipient in their replies) and cut short.
 */
export function describeSendFailure(error: unknown, maxLength = 300): string {
  const { code, responseCode, message } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  const text = typeof message === 'string' ? message : String(error);
  const prefix = [code, responseCode].filter(
    (part) => typeof part === 'string' || typeof part === 'number',
  );
  const described = `${prefix.length > 0 ? `${prefix.join(' ')}: ` : ''}${text}`
    .replace(ADDRESS, '[address]')
    .replace(/\s+/g, ' ')
    .trim();
  return described.length > maxLength ? `${described.slice(0, maxLength - 1)}…` : described;
}
