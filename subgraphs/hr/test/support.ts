import { CASE_ROUTED, ROLES } from '@hub/contracts';
import { SubgraphHarness, waitFor, type TypedAnswer } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import type { HrSettings } from '../src/environment';
import { hrSubgraph } from '../src/hr.subgraph';
import { graphql } from './graphql';
import type { HrActionInput, HrDisclosureInput, HrReviewInput } from './graphql/graphql';

/** What these tests drive HR with: the GraphQL documents and the events of other subgraphs. */

export type HrHarness = SubgraphHarness<HrSettings>;

export function startHr(label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<HrHarness> {
  return SubgraphHarness.start(hrSubgraph, label, extraEnv);
}

/** Every role a person's token may carry (the gateway's own is no person's). */
export const PERSON_ROLES = ROLES.filter((role) => role !== 'gateway');

/** Publishes `case.routed.v1` as routing would; returns the case id. */
export async function routeToHr(
  hr: HrHarness,
  caseId: string = randomUUID(),
  departmentId = 'human-resources',
  previousDepartmentId: string | null = null,
): Promise<string> {
  await hr.publish(CASE_ROUTED, {
    caseId,
    departmentId,
    departmentName: departmentId === 'human-resources' ? 'Human Resources' : 'Another Department',
    priority: 'routine',
    previousDepartmentId,
    manual: previousDepartmentId !== null,
  });
  return caseId;
}

/** A case routed to HR, once HR has opened its file. */
export async function openedFile(hr: HrHarness): Promise<string> {
  const caseId = await routeToHr(hr);
  await fileOf(hr, caseId);
  return caseId;
}

/** HR's row of the case's file, once there is one. */
export async function fileOf(hr: HrHarness, caseId: string): Promise<Record<string, any>> {
  const [row] = await hr.rowsWhenPresent(`select * from staff_complaint where case_id = ?`, [
    caseId,
  ]);
  return row!;
}

/** HR's row of the case's file, once it stands at `status` (after the consumer's work). */
export function fileAt(
  hr: HrHarness,
  caseId: string,
  status: string,
): Promise<Record<string, any>> {
  return waitFor(
    () => fileOf(hr, caseId),
    (file) => file.status === status,
    30_000,
    `the file to be ${status}`,
  );
}

export const entity = (...caseIds: string[]) => ({
  representations: caseIds.map((id) => ({ __typename: 'Case', id })),
});

export const REVIEW = graphql(`
  mutation RecordHrReview($input: HrReviewInput!) {
    recordHrReview(input: $input) {
      id
      status
    }
  }
`);
export const FINDINGS = graphql(`
  mutation RecordHrFindings($input: HrFindingsInput!) {
    recordHrFindings(input: $input) {
      id
    }
  }
`);
export const ADD_PERSON = graphql(`
  mutation AddPersonInvolved($caseId: ID!, $person: HrPersonInvolvedInput!) {
    addPersonInvolved(caseId: $caseId, person: $person) {
      id
    }
  }
`);
export const CLOSE = graphql(`
  mutation CloseStaffComplaint(
    $caseId: ID!
    $outcome: StaffComplaintOutcome!
    $disclosure: HrDisclosureInput
  ) {
    closeStaffComplaint(caseId: $caseId, outcome: $outcome, disclosure: $disclosure) {
      id
      status
    }
  }
`);
export const QUEUE = graphql(`
  query HrQueue($first: Int, $after: String, $status: HrFileStatus) {
    hrQueue(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          staffComplaint {
            status
            openedAt
          }
        }
      }
    }
  }
`);
export const SUMMARY = graphql(`
  query HrMonthlySummary($fromMonth: String!, $toMonth: String!) {
    hrMonthlySummary(fromMonth: $fromMonth, toMonth: $toMonth) {
      month
      category
      status
      count
    }
  }
`);

/** The personal data these tests put into HR; none of it may leave HR in an event or a report. */
export const PEOPLE = {
  subject: { name: 'Jordan Quillfeather', jobTitle: 'Permit Clerk', department: 'Permits' },
  witness: { name: 'Marisol Ferreira-Tan', role: 'witness' },
  supervisor: { name: 'Oskar Lindqvist', role: 'supervisor' },
  reviewer: 'Priya Vandermeer',
  email: 'jordan.quillfeather@example.org',
};

export function reviewInput(caseId: string, overrides: Partial<HrReviewInput> = {}): HrReviewInput {
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
/** What the reporter is told of a closed file, unless a test says otherwise. */
export const DISCLOSURE = 'Your complaint was upheld and the city has taken appropriate action.';
export const ACTION = {
  kind: 'WRITTEN_WARNING',
  details: 'Written warning placed on file.',
} satisfies HrActionInput;

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

/** A file HR opened and reviewed (the first review starts it), with `overrides` of the review. */
export async function reviewedFile(
  hr: HrHarness,
  hrToken: string,
  overrides: Partial<HrReviewInput> = {},
): Promise<string> {
  const caseId = await openedFile(hr);
  dataOf(await hr.graphql(REVIEW, { input: reviewInput(caseId, overrides) }, hrToken));
  return caseId;
}

/** Drives a routed case through review, findings and close (as HR would), and returns its id. */
export async function closedCase(
  hr: HrHarness,
  hrToken: string,
  disclosure: HrDisclosureInput = { decision: 'PARTIAL', text: DISCLOSURE },
): Promise<string> {
  const caseId = await reviewedFile(hr, hrToken);
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
