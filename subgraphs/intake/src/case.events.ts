import type { NewEvent } from '@hub/service-kit';
import type { Case } from './case.entity';
import type { AcknowledgmentTemplate, ContactField } from './case.rules';

/*
 * The facts intake publishes. Events reach every subgraph and every agency's copy, so they
 * carry no name, email, phone, address or description: personal data stays in intake, and
 * whoever needs it asks intake for it (and is then checked and logged).
 */

export const CASE_RECEIVED = 'case.received.v1';
export const REPORTER_CONTACT_UPDATED = 'case.reporter-contact-updated.v1';
export const NOTIFICATION_REQUESTED = 'notification.requested.v1';

/** The agency name intake uses in status changes it decides itself (a withdrawal). */
export const INTAKE_AGENCY = 'intake';

export interface CaseReceivedData {
  readonly caseId: string;
  readonly srNumber: string;
  readonly kind: string;
  readonly channel: string;
  readonly subjectCategory: string | null;
  readonly serviceCode: string | null;
  readonly ward: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly receivedAt: string;
  readonly language: string;
  readonly councilOffice: string | null;
  readonly receivingDepartment: string | null;
  readonly hasEmail: boolean;
  readonly anonymous: boolean;
}

export function caseReceived(found: Case, traceparent?: string): NewEvent<CaseReceivedData> {
  return {
    type: CASE_RECEIVED,
    subject: found.id,
    traceparent,
    data: {
      caseId: found.id,
      srNumber: found.srNumber,
      kind: found.kind,
      channel: found.channel,
      subjectCategory: found.subjectCategory,
      serviceCode: found.serviceCode,
      ward: found.location?.ward ?? null,
      latitude: found.location?.latitude ?? null,
      longitude: found.location?.longitude ?? null,
      receivedAt: found.receivedAt.toISOString(),
      language: found.contact.preferredLanguage,
      councilOffice: found.councilOffice,
      receivingDepartment: found.receivingDepartment,
      hasEmail: found.contact.email !== null,
      anonymous: found.contact.anonymous,
    },
  };
}

export interface ReporterContactUpdatedData {
  readonly caseId: string;
  /** Names of the fields only, never their values. */
  readonly changedFields: readonly ContactField[];
  readonly hasEmail: boolean;
  readonly language: string;
}

export function reporterContactUpdated(
  found: Case,
  changedFields: readonly ContactField[],
  traceparent?: string,
): NewEvent<ReporterContactUpdatedData> {
  return {
    type: REPORTER_CONTACT_UPDATED,
    subject: found.id,
    traceparent,
    data: {
      caseId: found.id,
      changedFields,
      hasEmail: found.contact.email !== null,
      language: found.contact.preferredLanguage,
    },
  };
}

export interface NotificationRequestedData {
  readonly caseId: string;
  readonly template: AcknowledgmentTemplate | 'completion';
  readonly parameters: { readonly srNumber: string; readonly disposition?: string };
}

/** Asks the notifier to acknowledge receipt; it looks the address up in intake itself. */
export function acknowledgmentRequested(
  found: Case,
  template: AcknowledgmentTemplate,
  traceparent?: string,
): NewEvent<NotificationRequestedData> {
  return {
    type: NOTIFICATION_REQUESTED,
    subject: found.id,
    traceparent,
    data: { caseId: found.id, template, parameters: { srNumber: found.srNumber } },
  };
}

/** Asks the notifier to send the completion message: the disposition and the closing. */
export function completionRequested(
  found: Case,
  disposition: string,
  traceparent?: string,
): NewEvent<NotificationRequestedData> {
  return {
    type: NOTIFICATION_REQUESTED,
    subject: found.id,
    traceparent,
    data: {
      caseId: found.id,
      template: 'completion',
      parameters: { srNumber: found.srNumber, disposition },
    },
  };
}
