import { SubgraphHarness, type GraphqlAnswer } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import { hrSubgraph } from '../src/hr.subgraph';

/** What these tests drive HR with: the GraphQL documents and the events of other subgraphs. */

export type HrHarness = SubgraphHarness<unknown>;

export function startHr(label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<HrHarness> {
  return SubgraphHarness.start(hrSubgraph, label, extraEnv) as Promise<HrHarness>;
}

/** Publishes `case.routed.v1` as routing would; resolves once HR holds the file. */
export async function routeToHr(
  hr: HrHarness,
  caseId: string = randomUUID(),
  departmentId = 'human-resources',
  previousDepartmentId: string | null = null,
): Promise<string> {
  await hr.publish('case.routed.v1', {
    caseId,
    departmentId,
    departmentName: departmentId === 'human-resources' ? 'Human Resources' : 'Another Department',
    priority: 'routine',
    previousDepartmentId,
    manual: previousDepartmentId !== null,
  });
  return caseId;
}

export async function fileOf(hr: HrHarness, caseId: string): Promise<Record<string, any>> {
  const [row] = await hr.rowsWhenPresent(`select * from staff_complaint where case_id = ?`, [
    caseId,
  ]);
  return row!;
}

export const FILE_FIELDS = `
  status openedAt closedAt
  subjectEmployee { name jobTitle department }
  review { reviewer notes staffLevelsInvolved category startedAt updatedAt }
  peopleInvolved { name role addedAt }
  findings
  actionTaken { kind details }
  outcome
  disclosure { decision text disclosedAt }
`;

/** HR's fields of a case, as the gateway would ask for them. */
export const ENTITY = (fields = `id status staffComplaint { ${FILE_FIELDS} }`) => `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Case { ${fields} } }
  }`;

export const entity = (...caseIds: string[]) => ({
  representations: caseIds.map((id) => ({ __typename: 'Case', id })),
});

export const REVIEW = `mutation($input: HrReviewInput!) { recordHrReview(input: $input) { id status } }`;
export const FINDINGS = `mutation($input: HrFindingsInput!) { recordHrFindings(input: $input) { id } }`;
export const ADD_PERSON = `mutation($caseId: ID!, $person: HrPersonInvolvedInput!) {
  addPersonInvolved(caseId: $caseId, person: $person) { id } }`;
export const CLOSE = `mutation($caseId: ID!, $outcome: StaffComplaintOutcome!, $disclosure: HrDisclosureInput) {
  closeStaffComplaint(caseId: $caseId, outcome: $outcome, disclosure: $disclosure) { id status } }`;
export const QUEUE = `query($first: Int, $after: String, $status: HrFileStatus) {
  hrQueue(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id staffComplaint { status openedAt } } }
  } }`;
export const SUMMARY = `query($fromMonth: String!, $toMonth: String!) {
  hrMonthlySummary(fromMonth: $fromMonth, toMonth: $toMonth) { month category status count } }`;
export const ACCESS_LOG = `query($caseId: ID, $first: Int!) {
  hrAccessLog(caseId: $caseId, first: $first) { readerSubject readerRoles caseId field granted readAt } }`;

/** The personal data these tests put into HR; none of it may leave HR in an event or a report. */
export const PEOPLE = {
  subject: { name: 'Jordan Quillfeather', jobTitle: 'Permit Clerk', department: 'Permits' },
  witness: { name: 'Marisol Ferreira-Tan', role: 'witness' },
  supervisor: { name: 'Oskar Lindqvist', role: 'supervisor' },
  reviewer: 'Priya Vandermeer',
  email: 'jordan.quillfeather@example.org',
};

export function reviewInput(caseId: string, overrides: Record<string, unknown> = {}) {
  return {
    caseId,
    reviewer: PEOPLE.reviewer,
    notes: `Met the supervisor; the reporter can be reached at ${PEOPLE.email}.`,
    staffLevelsInvolved: ['SUPERVISOR', 'DEPARTMENT_HEAD'],
    category: 'DISCOURTESY',
    subjectEmployee: PEOPLE.subject,
    peopleInvolved: [PEOPLE.witness],
    ...overrides,
  };
}

export const FINDINGS_TEXT =
  'Jordan Quillfeather raised their voice at the counter on two occasions; confirmed by a witness.';
export const ACTION = { kind: 'WRITTEN_WARNING', details: 'Written warning placed on file.' };

/** Asserts an answer has no errors and returns its data. */
export function dataOf(answer: GraphqlAnswer): any {
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

/** Drives a routed case through review, findings and close (as HR would), and returns its id. */
export async function closedCase(
  hr: HrHarness,
  hrToken: string,
  disclosure: { decision: string; text?: string } = {
    decision: 'PARTIAL',
    text: 'Your complaint was upheld and the city has taken appropriate action.',
  },
): Promise<string> {
  const caseId = await routeToHr(hr);
  await fileOf(hr, caseId);
  dataOf(await hr.graphql(REVIEW, { input: reviewInput(caseId) }, hrToken));
  dataOf(await hr.graphql(ADD_PERSON, { caseId, person: PEOPLE.supervisor }, hrToken));
  dataOf(
    await hr.graphql(
      FINDINGS,
      { input: { caseId, findings: FINDINGS_TEXT, action: ACTION } },
      hrToken,
    ),
  );
  dataOf(await hr.graphql(CLOSE, { caseId, outcome: 'UPHELD', disclosure }, hrToken));
  return caseId;
}
