import {
  CASE_RECEIVED,
  CASE_ROUTED,
  CASE_STATUS_CHANGED,
  ROLES,
  type CaseKind,
  type CaseReceivedData,
  type EventEnvelope,
  type EventEnvelopeOf,
} from '@hub/contracts';
import { SubgraphHarness, type TypedAnswer } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import type { PoliceReferralsSettings } from '../src/environment';
import { policeReferralsSubgraph } from '../src/police-referrals.subgraph';
import { graphql } from './graphql';
import type { OpaClassification, OpaOutcome } from './graphql/graphql';

// What the police-referrals tests share: a real subgraph, and the other subgraphs played by
// publishing their events (intake's case.received.v1, routing's case.routed.v1).

export type Harness = SubgraphHarness<PoliceReferralsSettings>;

export function startPoliceReferrals(label: string): Promise<Harness> {
  return SubgraphHarness.start(policeReferralsSubgraph, label);
}

/** Every role a person's token may carry (the gateway's own is no person's). */
export const PERSON_ROLES = ROLES.filter((role) => role !== 'gateway');

/**
 * Every field of a referral. Operations of this folder spread it (`...OpaReferralFields`);
 * codegen adds its definition to each generated document that does.
 */
graphql(`
  fragment OpaReferralFields on OpaReferral {
    destination
    forwardedAt
    status
    acceptedAt
    closedAt
    opaNumber
    classification
    agencyStatus
    outcome
    outcomeSummary
    disposition
  }
`);

/** This subgraph's fields of some cases, as the gateway asks for them. */
export const ENTITIES = graphql(`
  query OpaReferralEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        opaReferral {
          ...OpaReferralFields
        }
      }
    }
  }
`);

export const entities = (...caseIds: string[]) => ({
  representations: caseIds.map((id) => ({ __typename: 'Case', id })),
});

export const ACCEPT = graphql(`
  mutation AcceptOpaReferral(
    $caseId: ID!
    $opaNumber: String!
    $classification: OpaClassification!
  ) {
    acceptOpaReferral(caseId: $caseId, opaNumber: $opaNumber, classification: $classification) {
      id
      status
      opaReferral {
        ...OpaReferralFields
      }
    }
  }
`);
export const RECORD_STATUS = graphql(`
  mutation RecordOpaStatus($caseId: ID!, $opaStatus: String!, $status: CaseStatus!) {
    recordOpaStatus(caseId: $caseId, opaStatus: $opaStatus, status: $status) {
      id
      status
      opaReferral {
        ...OpaReferralFields
      }
    }
  }
`);
export const RECORD_OUTCOME = graphql(`
  mutation RecordOpaOutcome(
    $caseId: ID!
    $outcome: OpaOutcome!
    $disposition: String!
    $summary: String
  ) {
    recordOpaOutcome(
      caseId: $caseId
      outcome: $outcome
      disposition: $disposition
      summary: $summary
    ) {
      id
      status
      opaReferral {
        ...OpaReferralFields
      }
    }
  }
`);

export const QUEUE = graphql(`
  query OpaReferralQueue($first: Int, $after: String, $filter: OpaReferralQueueFilter) {
    opaReferralQueue(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          opaReferral {
            destination
            forwardedAt
            opaNumber
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);

let opaNumbers = 100 + Math.floor(Math.random() * 5000);
/** A fresh, well-formed OPA number (the default format). */
export function nextOpaNumber(): string {
  opaNumbers += 1;
  return `2026OPA-${String(opaNumbers).padStart(4, '0')}`;
}

/** Intake received a case (its event carries the kind, never personal data). */
export function receive(
  harness: Harness,
  kind: CaseKind,
  caseId: string = randomUUID(),
  subjectCategory: CaseReceivedData['subjectCategory'] = kind === 'police_conduct'
    ? 'sworn_police'
    : null,
): Promise<EventEnvelope> {
  return harness.publish(CASE_RECEIVED, {
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
  return harness.publish(CASE_ROUTED, {
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

/**
 * The data of an answer that must have succeeded. Throws with the answer's errors when it has
 * any, or when it has no data.
 */
export function dataOf<Result>(answer: TypedAnswer<Result>): Result {
  const { data, errors } = answer.body;
  if (errors?.length || data === undefined || data === null) {
    const problem = errors?.length ? JSON.stringify(errors) : 'no data and no errors';
    throw new Error(`HTTP ${answer.status}, ${problem}`);
  }
  return data;
}

/** A referral OPA accepted with a fresh OPA number and `classification`. */
export async function acceptedReferral(
  harness: Harness,
  opaToken: string,
  classification: OpaClassification = 'INVESTIGATION',
  departmentId = 'police-opa',
): Promise<{ caseId: string; opaNumber: string }> {
  const caseId = await openReferral(harness, departmentId);
  const opaNumber = nextOpaNumber();
  dataOf(await harness.graphql(ACCEPT, { caseId, opaNumber, classification }, opaToken));
  return { caseId, opaNumber };
}

/** A referral OPA accepted and then closed with `outcome` and the reporter's `disposition`. */
export async function closedReferral(
  harness: Harness,
  opaToken: string,
  closing: {
    outcome: OpaOutcome;
    disposition: string;
    summary?: string;
    classification?: OpaClassification;
  },
): Promise<{ caseId: string; opaNumber: string }> {
  const accepted = await acceptedReferral(harness, opaToken, closing.classification);
  const { outcome, disposition, summary } = closing;
  dataOf(
    await harness.graphql(
      RECORD_OUTCOME,
      { caseId: accepted.caseId, outcome, disposition, summary },
      opaToken,
    ),
  );
  return accepted;
}

type StatusChange = EventEnvelopeOf<typeof CASE_STATUS_CHANGED>;

export function isStatusChange(event: EventEnvelope): event is StatusChange {
  return event.type === CASE_STATUS_CHANGED;
}

/** Its status changes this subgraph published, oldest first. */
export async function statusChangesOf(harness: Harness, caseId: string): Promise<StatusChange[]> {
  return (await harness.published(CASE_STATUS_CHANGED)).filter((e) => e.subject === caseId);
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
