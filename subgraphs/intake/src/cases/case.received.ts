import type { CaseReceivedData } from '@hub/contracts';
import type { Case } from './case.entity';

/**
 * What `case.received.v1` says about a new case. Events reach every subgraph and every
 * agency's copy, so they carry no name, email, phone, address or description: personal data
 * stays in intake, and whoever needs it asks intake for it (and is then checked and logged).
 */
export function receivedData(found: Case): CaseReceivedData {
  return {
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
  };
}
