import {
  CASE_RECEIVED,
  CaseKind,
  type CaseReceivedData,
  type EventEnvelopeOf,
  type EventType,
} from '@hub/contracts';
import { SubgraphHarness, waitFor, type TypedAnswer } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import { civilRightsSubgraph } from '../src/civil-rights.subgraph';
import type { CivilRightsSettings } from '../src/environment';
import { graphql } from './graphql';
import type {
  TitleViCaseFieldsFragment,
  TitleViComplaintInput,
  TitleViProgram,
} from './graphql/graphql';

export { refusal, waitFor } from '@hub/local-stack';

export const DAY = 86_400_000;

export type CivilRightsHarness = SubgraphHarness<CivilRightsSettings>;

/** A civil-rights subgraph of its own, with its background scans slowed down: tests drive them. */
export function startCivilRights(label: string, extraEnv: NodeJS.ProcessEnv = {}) {
  return SubgraphHarness.start(civilRightsSubgraph, label, {
    HUB_CIVIL_RIGHTS_SCAN_INTERVAL_MS: '3600000',
    HUB_CIVIL_RIGHTS_PURGE_INTERVAL_MS: '3600000',
    ...extraEnv,
  });
}

/** A subgraph for one describe's tests, and the coordinator's token (`subject` in the log). */
export async function startHub(
  label: string,
  subject: string,
): Promise<{ hub: CivilRightsHarness; coordinator: string }> {
  const hub = await startCivilRights(label);
  return { hub, coordinator: await hub.token(['title_vi_coordinator'], { subject }) };
}

/** The local date (Los Angeles, the default zone) `days` days before now. */
export function daysAgo(days: number, from = new Date()): string {
  const formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const today = formatter.format(from);
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
}

/** Intake receives a case (as intake would publish it) and civil rights learns of it. */
export async function receiveCase(
  harness: CivilRightsHarness,
  overrides: Partial<CaseReceivedData> = {},
): Promise<string> {
  const caseId = overrides.caseId ?? randomUUID();
  await harness.publish(CASE_RECEIVED, {
    srNumber: 'SR-26-0000-0000',
    kind: CaseKind.CIVIL_RIGHTS,
    channel: 'phone',
    subjectCategory: null,
    serviceCode: null,
    ward: null,
    latitude: null,
    longitude: null,
    receivedAt: new Date().toISOString(),
    language: 'vi',
    councilOffice: null,
    receivingDepartment: null,
    hasEmail: true,
    anonymous: false,
    ...overrides,
    caseId,
  });
  if ((overrides.kind ?? CaseKind.CIVIL_RIGHTS) === CaseKind.CIVIL_RIGHTS) {
    await harness.rowsWhenPresent(
      `select c.id from civil_rights_case c join case_status s on s.case_id = c.id where c.id = ?`,
      [caseId],
    );
  }
  return caseId;
}

/** What this subgraph published of one type, oldest first, with its contract's payload. */
export async function publishedOf<Type extends EventType>(
  harness: CivilRightsHarness,
  type: Type,
): Promise<EventEnvelopeOf<Type>[]> {
  return (await harness.published(type)) as EventEnvelopeOf<Type>[];
}

/** A complete, signed, written FHWA complaint about an incident `incidentDaysAgo` ago. */
export function writtenForm(
  incidentDaysAgo = 30,
  overrides: Partial<TitleViComplaintInput> = {},
): TitleViComplaintInput {
  return {
    program: 'FHWA',
    receivedVia: 'WRITTEN',
    contact: {
      name: 'Minh Tran',
      address: '12 Elm St, Apt 4',
      city: 'Vancouver',
      state: 'WA',
      zip: '98660',
      homePhone: '360-555-0101',
      mobilePhone: '360-555-0102',
      bestTimeToContact: 'weekday mornings',
      email: 'minh.tran@example.org',
    },
    bases: ['NATIONAL_ORIGIN'],
    basisExplanation: 'I was refused an interpreter at the corridor open house',
    natureOfComplaint: 'denied language access at a public meeting',
    incidentDate: daysAgo(incidentDaysAgo),
    incidentOngoing: false,
    respondent: {
      name: 'Pat Doe',
      organization: 'Corridor Project Team',
      address: '1 Main St',
      city: 'Vancouver',
      state: 'WA',
      zip: '98660',
      homePhone: null,
      mobilePhone: '360-555-0199',
      kind: 'CONTRACTOR',
      agencyId: null,
    },
    narrative: 'I asked for a Vietnamese interpreter; others got help in English, I was sent away.',
    remedySought: 'Interpreters at every open house',
    otherContacts: [
      {
        name: 'Lan Nguyen',
        phone: '360-555-0111',
        address: '14 Elm St',
        city: 'Vancouver',
        state: 'WA',
        zip: '98660',
        email: 'lan@example.org',
      },
    ],
    priorComplaints: [
      {
        agencyOrCourt: 'FTA Office of Civil Rights',
        dateFiled: daysAgo(10),
        status: 'pending',
        result: null,
        complaintNumber: 'FTA-2026-0042',
      },
    ],
    attorneyRetained: false,
    signature: {
      printedName: 'Minh Tran',
      signatureText: '/s/ Minh Tran',
      signedPaperReceived: false,
      date: daysAgo(0),
    },
    filedOnOwnBehalf: true,
    filer: null,
    ...overrides,
  };
}

/** What a verbal complaint holds: the form as told, no signature. */
export function verbalForm(program: TitleViProgram, incidentDaysAgo = 20): TitleViComplaintInput {
  return writtenForm(incidentDaysAgo, { program, receivedVia: 'VERBAL', signature: null });
}

/** Everything of a case this subgraph answers, as the filing and procedure commands return it. */
graphql(`
  fragment TitleVICaseFields on Case {
    id
    status
    statusHistory {
      status
      agency
      agencyStatus
    }
    titleVI {
      caseId
      program
      receivedVia
      stage
      receivedAt
      signedReceivedAt
      contact {
        name
        address
        city
        state
        zip
        homePhone
        mobilePhone
        bestTimeToContact
        email
      }
      bases
      basisExplanation
      natureOfComplaint
      incidentDate
      incidentOngoing
      respondent {
        name
        organization
        address
        city
        state
        zip
        homePhone
        mobilePhone
        kind
        agencyId
      }
      narrative
      remedySought
      otherContacts {
        name
        phone
        address
        city
        state
        zip
        email
      }
      priorComplaints {
        agencyOrCourt
        dateFiled
        status
        result
        complaintNumber
      }
      attorneyRetained
      signature {
        printedName
        signatureText
        signedPaperReceived
        date
      }
      filedOnOwnBehalf
      filer {
        name
        address
        city
        state
        zip
        homePhone
        mobilePhone
        relationship
      }
      daysAfterIncident
      lateFiling
      lateFilingAccepted
      investigatorAgencyId
      retaliationAlleged
      disposition
      dispositionAt
      investigationCompletedAt
      closedAt
      formToSign
      clocks {
        clock
        startedAt
        dueAt
        metAt
        cancelledAt
        days
        state
      }
      referrals {
        agencyId
        referredAt
        decisions {
          agencyId
          decision
          text
          agencyStatus
        }
      }
      steps {
        step
        at
        note
        actor
      }
      retaliationAllegations {
        description
        receivedAt
        recordedBy
      }
    }
  }
`);

export const FILE = graphql(`
  mutation FileTitleVIComplaint($caseId: ID!, $input: TitleVIComplaintInput!) {
    fileTitleVIComplaint(caseId: $caseId, input: $input) {
      ...TitleVICaseFields
    }
  }
`);

export const SIGNED = graphql(`
  mutation RecordSignedComplaint($caseId: ID!, $input: TitleVIComplaintInput!) {
    recordSignedComplaint(caseId: $caseId, input: $input) {
      ...TitleVICaseFields
    }
  }
`);

export const STEP = graphql(`
  mutation RecordTitleVIStep($caseId: ID!, $step: TitleVIStep!, $at: DateTimeISO, $note: String) {
    recordTitleVIStep(caseId: $caseId, step: $step, at: $at, note: $note) {
      ...TitleVICaseFields
    }
  }
`);

export const REFER = graphql(`
  mutation ReferTitleVIComplaint($caseId: ID!, $agencyIds: [String!]!) {
    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) {
      ...TitleVICaseFields
    }
  }
`);

export const ENTITY = graphql(`
  query TitleVICaseEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        ...TitleVICaseFields
      }
    }
  }
`);

/** One clock of a complaint, as TitleVICaseFields reads it. */
export type TitleVIClock = NonNullable<TitleViCaseFieldsFragment['titleVI']>['clocks'][number];

/**
 * The data of an answer that must have succeeded. Throws with the answer's errors (message,
 * path and code) when it has errors or no data.
 */
export function dataOf<Result>(answer: TypedAnswer<Result>): Result {
  const { data, errors } = answer.body;
  if (errors?.length || data === undefined || data === null) {
    const problem = errors?.length
      ? JSON.stringify(
          errors.map((error) => ({
            message: error.message,
            path: error.path,
            code: error.extensions?.code,
          })),
        )
      : 'no data and no errors';
    throw new Error(`HTTP ${answer.status}, ${problem}`);
  }
  return data;
}

/** The complaint of a case its reader may see; throws when the answer has none. */
export function complaintOf<Complaint>(found: { readonly titleVI: Complaint | null }): Complaint {
  if (found.titleVI === null) throw new Error('the answer has no Title VI complaint');
  return found.titleVI;
}

/**
 * The case as one caller sees it, through the federation entry point the gateway uses. The
 * answer may carry a refusal (the complaint hidden, the status shown); the case must be there.
 */
export async function caseAs(harness: CivilRightsHarness, caseId: string, token: string) {
  const answer = await harness.graphql(
    ENTITY,
    { representations: [{ __typename: 'Case', id: caseId }] },
    token,
  );
  const found = answer.body.data?._entities[0];
  if (!found) throw new Error(`no case ${caseId} in the answer: ${JSON.stringify(answer.body)}`);
  return { answer, found };
}

/** A new civil-rights case with this form filed by the coordinator; fails the test if refused. */
export async function filedCase(
  harness: CivilRightsHarness,
  coordinator: string,
  form: TitleViComplaintInput,
): Promise<string> {
  const caseId = await receiveCase(harness);
  const answer = await harness.graphql(FILE, { caseId, input: form }, coordinator);
  expect(answer.body.errors).toBeUndefined();
  return caseId;
}

/** The complaint's stage as stored (lower case), or undefined when there is none. */
export async function stageOf(harness: CivilRightsHarness, caseId: string) {
  const [row] = await harness.sql<{ stage: string }>(
    `select stage from title_vi_complaint where case_id = ?`,
    [caseId],
  );
  return row?.stage;
}

/** Waits until the complaint is closed: decisions close it when their event comes back. */
export async function closedWhenDecided(harness: CivilRightsHarness, caseId: string) {
  await waitFor(
    () => stageOf(harness, caseId),
    (stage) => stage === 'closed',
    30_000,
    'the case to close',
  );
}
