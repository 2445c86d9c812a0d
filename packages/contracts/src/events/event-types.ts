/**
 * The name of every event the hub publishes, one constant each. Each has its contract, a JSON
 * Schema, in the repository's `schema/events/<name>.schema.json`; its payload type is generated
 * from that schema (`payloads.generated.ts`, `npm run contracts`). A spec fails when a name has
 * no schema or a schema no name.
 */
export const CASE_RECEIVED = 'case.received.v1';
export const CASE_STATUS_CHANGED = 'case.status-changed.v1';
export const CASE_ROUTED = 'case.routed.v1';
export const CASE_URGENT_ALERT = 'case.urgent-alert.v1';
export const CASE_COMPLETED = 'case.completed.v1';
export const CASE_REFERRED = 'case.referred.v1';
export const CASE_REPORTER_CONTACT_UPDATED = 'case.reporter-contact-updated.v1';
export const DEADLINE_BREACHED = 'deadline.breached.v1';
export const NOTIFICATION_REQUESTED = 'notification.requested.v1';
export const REFERRAL_DECIDED = 'referral.decided.v1';
export const TITLE_VI_DEADLINE_BREACHED = 'titlevi.deadline-breached.v1';
export const TITLE_VI_RETALIATION_ALLEGED = 'titlevi.retaliation-alleged.v1';

export const EVENT_TYPES = [
  CASE_RECEIVED,
  CASE_STATUS_CHANGED,
  CASE_ROUTED,
  CASE_URGENT_ALERT,
  CASE_COMPLETED,
  CASE_REFERRED,
  CASE_REPORTER_CONTACT_UPDATED,
  DEADLINE_BREACHED,
  NOTIFICATION_REQUESTED,
  REFERRAL_DECIDED,
  TITLE_VI_DEADLINE_BREACHED,
  TITLE_VI_RETALIATION_ALLEGED,
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(word: unknown): word is EventType {
  return typeof word === 'string' && (EVENT_TYPES as readonly string[]).includes(word);
}
