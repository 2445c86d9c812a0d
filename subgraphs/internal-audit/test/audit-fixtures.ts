import { SubgraphHarness, waitFor, type GraphqlAnswer } from '@hub/local-stack';
import type { AuditSettings } from '../src/environment';
import { internalAuditSubgraph } from '../src/internal-audit.subgraph';
import { randomUUID } from 'node:crypto';

export type AuditHarness = SubgraphHarness<AuditSettings>;

export function startAudit(label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<AuditHarness> {
  return SubgraphHarness.start(internalAuditSubgraph, label, extraEnv);
}

/** Every role of the hub a person can hold (the gateway's own role aside). */
export const PERSON_ROLES = [
  'resident',
  'agent',
  'department_staff',
  'department_head',
  'hr',
  'opa',
  'audit',
  'title_vi_coordinator',
  'analyst',
  'council',
  'external_agency',
] as const;

/** A token for one role, with the claims a real holder of it would carry. */
export function tokenFor(audit: AuditHarness, role: string, subject = `${role}-1`) {
  return audit.token([role], {
    subject,
    // The audit office's own department staff and head: still not audit.
    ...(role === 'department_staff' || role === 'department_head'
      ? { department: 'internal-audit' }
      : {}),
    ...(role === 'external_agency' ? { agency: 'wsdot-oecr' } : {}),
  });
}

/** Routing's case.routed.v1 for a case, as routing would publish it. */
export function routedData(caseId: string, departmentId = 'internal-audit') {
  return {
    caseId,
    departmentId,
    departmentName:
      departmentId === 'internal-audit' ? "Internal Audit (City Manager's Office)" : 'Public Works',
    priority: 'routine',
    previousDepartmentId: null,
    manual: false,
  };
}

/** Routes a new case to Internal Audit and waits until its file is open. */
export async function openFile(
  audit: AuditHarness,
  caseId: string = randomUUID(),
): Promise<string> {
  await audit.publish('case.routed.v1', routedData(caseId));
  await audit.rowsWhenPresent('select case_id from audit_file where case_id = ?', [caseId]);
  return caseId;
}

export const ENTITY = (selection: string) => `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Case { ${selection} } }
  }`;

export const entities = (...caseIds: string[]) => ({
  representations: caseIds.map((id) => ({ __typename: 'Case', id })),
});

export const FULL_REVIEW = `
  id status
  auditReview {
    openedAt fileStatus closedAt
    allegation { category summary programConcerned estimatedAmount assessedAt assessedBy }
    whistleblowerProtection { identityProtected retaliationConcern retaliationConcernRecordedAt }
    steps { takenAt action staffId notes recordedBy recordedAt }
    findings { text recordedAt recordedBy }
    outcome
    disclosure { decision text }
  }`;

export const ASSESS = `mutation($input: AllegationAssessmentInput!) {
  recordAllegationAssessment(input: $input) { ${FULL_REVIEW} } }`;
export const STEP = `mutation($input: AddAuditStepInput!) {
  addAuditStep(input: $input) { ${FULL_REVIEW} } }`;
export const FINDINGS = `mutation($input: RecordAuditFindingsInput!) {
  recordAuditFindings(input: $input) { ${FULL_REVIEW} } }`;
export const CLOSE = `mutation($input: CloseAuditFileInput!) {
  closeAuditFile(input: $input) { ${FULL_REVIEW} } }`;

/** Fails with the errors when a mutation or query did not go through. */
export function ok(answer: GraphqlAnswer): any {
  if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data;
}

/** An assessment, a step, findings: a file with every part of its working papers. */
export async function workFile(
  audit: AuditHarness,
  caseId: string,
  auditor: string,
  texts: {
    summary: string;
    program: string;
    action: string;
    notes: string;
    findings: string;
    concern: string;
  },
): Promise<void> {
  ok(
    await audit.graphql(
      ASSESS,
      {
        input: {
          caseId,
          category: 'FRAUD',
          summary: texts.summary,
          programConcerned: texts.program,
          estimatedAmount: 12500.75,
          retaliationConcern: texts.concern,
        },
      },
      auditor,
    ),
  );
  ok(
    await audit.graphql(
      STEP,
      {
        input: {
          caseId,
          takenAt: new Date().toISOString(),
          action: texts.action,
          staffId: 'internal-audit-lead',
          notes: texts.notes,
        },
      },
      auditor,
    ),
  );
  ok(await audit.graphql(FINDINGS, { input: { caseId, findings: texts.findings } }, auditor));
}

/** This subgraph's status changes of a case, as it published them. */
export async function auditStatuses(audit: AuditHarness, caseId: string): Promise<string[]> {
  return (await audit.published('case.status-changed.v1'))
    .filter((event) => event.subject === caseId && event.data.agency === 'internal-audit')
    .map((event) => String(event.data.status));
}

export { waitFor };
