import { SubgraphHarness, waitFor } from '@hub/local-stack';
import type { EventEnvelope } from '@hub/service-kit';
import { randomUUID } from 'node:crypto';
import type { PoliceReferralsSettings } from '../src/environment';
import { policeReferralsSubgraph } from '../src/police-referrals.subgraph';

// What the police-referrals tests share: a real subgraph, and the other subgraphs played by
// publishing their events (intake's case.received.v1, routing's case.routed.v1).

export type Harness = SubgraphHarness<PoliceReferralsSettings>;

export function startPoliceReferrals(label: string): Promise<Harness> {
  return SubgraphHarness.start(policeReferralsSubgraph, label);
}

export const REFERRAL_FIELDS =
  'destination forwardedAt status acceptedAt closedAt ' +
  'opaNumber classification agencyStatus outcome outcomeSummary disposition';

/** This subgraph's fields of some cases, as the gateway asks for them. */
export const ENTITIES = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Case { id opaReferral { ${REFERRAL_FIELDS} } } }
  }`;

export const entities = (...caseIds: string[]) => ({
  representations: caseIds.map((id) => ({ __typename: 'Case', id })),
});

export const ACCEPT = `mutation($caseId: ID!, $opaNumber: String!, $classification: OpaClassification!) {
  acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: $classification) {
    id status opaReferral { ${REFERRAL_FIELDS} } } }`;
export const RECORD_STATUS = `mutation($caseId: ID!, $opaStatus: String!, $status: CaseStatus!) {
  recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: $status) {
    id status opaReferral { ${REFERRAL_FIELDS} } } }`;
export const RECORD_OUTCOME = `mutation($caseId: ID!, $outcome: OpaOutcome!, $disposition: String!, $summary: String) {
  recordOpaOutcome(caseId: $caseId, outcome: $outcome, disposition: $disposition, summary: $summary) {
    id status opaReferral { ${REFERRAL_FIELDS} } } }`;

let opaNumbers = 100 + Math.floor(Math.random() * 5000);
/** A fresh, well-formed OPA number (the default format). */
export function nextOpaNumber(): string {
  opaNumbers += 1;
  return `2026OPA-${String(opaNumbers).padStart(4, '0')}`;
}

/** Intake received a case (its event carries the kind, never personal data). */
export function receive(
  harness: Harness,
  kind: string,
  caseId: string = randomUUID(),
  subjectCategory: string | null = kind === 'police_conduct' ? 'sworn_police' : null,
): Promise<EventEnvelope> {
  return harness.publish('case.received.v1', {
    caseId,
    srNumber: 'SR-26-0000-0000',
    kind,
    channel: 'web',
    subjectCategory,
    serviceCode: null,
    ward: null,
    latitude: null,
    longitude: null,
    receivedAt: new Date().toISOString(),
    language: 'en',
    councilOffice: null,
    receivingDepartment: null,
    hasEmail: false,
    anonymous: true,
  });
}

const DEPARTMENT_NAMES: Record<string, string> = {
  'police-opa': 'Office of Professional Accountability',
  'fire-operations': 'Fire Operations',
  'human-resources': 'Human Resources',
};

/** Routing sent the case to a department. */
export function route(
  harness: Harness,
  caseId: string,
  departmentId: string,
): Promise<EventEnvelope> {
  return harness.publish('case.routed.v1', {
    caseId,
    departmentId,
    departmentName: DEPARTMENT_NAMES[departmentId] ?? departmentId,
    priority: 'routine',
    previousDepartmentId: null,
    manual: false,
  });
}

/** Waits until the consumer applied the event (its id is in the inbox). */
export async function applied(harness: Harness, event: EventEnvelope): Promise<void> {
  await harness.rowsWhenPresent(`select event_id from inbox_event where event_id = ?`, [event.id]);
}

export async function referralRow(harness: Harness, caseId: string): Promise<Record<string, any>> {
  const [row] = await harness.rowsWhenPresent(`select * from opa_referral where case_id = ?`, [
    caseId,
  ]);
  return row!;
}

/** A police conduct concern received and routed to the office, its referral opened. */
export async function openReferral(harness: Harness, departmentId = 'police-opa'): Promise<string> {
  const caseId = randomUUID();
  await receive(
    harness,
    'police_conduct',
    caseId,
    departmentId === 'police-opa' ? 'sworn_police' : 'sworn_fire',
  );
  await route(harness, caseId, departmentId);
  await referralRow(harness, caseId);
  return caseId;
}

/** Its status changes this subgraph published, oldest first. */
export async function statusChangesOf(harness: Harness, caseId: string): Promise<EventEnvelope[]> {
  return (await harness.published('case.status-changed.v1')).filter((e) => e.subject === caseId);
}

/**
 * Everything a refused input must leave alone: every referral as it is, the outbox (nothing
 * published) and the status copy.
 */
export async function footprint(harness: Harness): Promise<unknown> {
  return {
    referrals: await harness.sql(`select to_jsonb(r) as row from opa_referral r order by case_id`),
    outbox: await harness.count('outbox_message'),
    statusHistory: await harness.count('case_status_history'),
    statuses: await harness.sql(
      `select case_id, status, event_id from case_status order by case_id`,
    ),
  };
}

export { waitFor };
