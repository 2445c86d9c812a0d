import { SubgraphHarness } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import { civilRightsSubgraph } from '../src/civil-rights.subgraph';
import type { CivilRightsSettings } from '../src/environment';

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
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const caseId = (overrides.caseId as string | undefined) ?? randomUUID();
  await harness.publish('case.received.v1', {
    srNumber: 'SR-26-0000-0000',
    kind: 'civil_rights',
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
  if ((overrides.kind ?? 'civil_rights') === 'civil_rights') {
    await harness.rowsWhenPresent(
      `select c.id from civil_rights_case c join case_status s on s.case_id = c.id where c.id = ?`,
      [caseId],
    );
  }
  return caseId;
}

/** A complete, signed, written FHWA complaint about an incident `incidentDaysAgo` ago. */
export function writtenForm(incidentDaysAgo = 30, overrides: Record<string, unknown> = {}) {
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
export function verbalForm(program: 'FHWA' | 'FTA', incidentDaysAgo = 20) {
  return writtenForm(incidentDaysAgo, { program, receivedVia: 'VERBAL', signature: null });
}

export const COMPLAINT_FIELDS = `
  caseId program receivedVia stage receivedAt signedReceivedAt
  contact { name address city state zip homePhone mobilePhone bestTimeToContact email }
  bases basisExplanation natureOfComplaint incidentDate incidentOngoing
  respondent { name organization address city state zip homePhone mobilePhone kind agencyId }
  narrative remedySought
  otherContacts { name phone address city state zip email }
  priorComplaints { agencyOrCourt dateFiled status result complaintNumber }
  attorneyRetained
  signature { printedName signatureText signedPaperReceived date }
  filedOnOwnBehalf filer { name address city state zip homePhone mobilePhone relationship }
  daysAfterIncident lateFiling lateFilingAccepted investigatorAgencyId retaliationAlleged
  disposition dispositionAt investigationCompletedAt closedAt formToSign
  clocks { clock startedAt dueAt metAt cancelledAt days state }
  referrals { agencyId referredAt decisions { agencyId decision text agencyStatus } }
  steps { step at note actor }
  retaliationAllegations { description receivedAt recordedBy }
`;

export const CASE_FIELDS = `id status statusHistory { status agency agencyStatus } titleVI { ${COMPLAINT_FIELDS} }`;

export const FILE = `
  mutation($caseId: ID!, $input: TitleVIComplaintInput!) {
    fileTitleVIComplaint(caseId: $caseId, input: $input) { ${CASE_FIELDS} }
  }`;

export const SIGNED = `
  mutation($caseId: ID!, $input: TitleVIComplaintInput!) {
    recordSignedComplaint(caseId: $caseId, input: $input) { ${CASE_FIELDS} }
  }`;

export const STEP = `
  mutation($caseId: ID!, $step: TitleVIStep!, $at: DateTimeISO, $note: String) {
    recordTitleVIStep(caseId: $caseId, step: $step, at: $at, note: $note) { ${CASE_FIELDS} }
  }`;

export const REFER = `
  mutation($caseId: ID!, $agencyIds: [String!]!) {
    referTitleVIComplaint(caseId: $caseId, agencyIds: $agencyIds) { ${CASE_FIELDS} }
  }`;

export const ENTITY = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Case { ${CASE_FIELDS} } }
  }`;

/** The case as one caller sees it, through the federation entry point the gateway uses. */
export async function caseAs(harness: CivilRightsHarness, caseId: string, token: string) {
  const answer = await harness.graphql(
    ENTITY,
    { representations: [{ __typename: 'Case', id: caseId }] },
    token,
  );
  return { answer, found: answer.body.data?._entities?.[0] ?? null };
}
