import { CASE_ROUTED, CASE_STATUS_CHANGED, ROLES, type CaseRoutedData } from '@hub/contracts';
import { SubgraphHarness, type TypedAnswer } from '@hub/local-stack';
import { randomUUID } from 'node:crypto';
import type { AuditSettings } from '../src/environment';
import { internalAuditSubgraph } from '../src/internal-audit.subgraph';
import { graphql } from './graphql';
import type { AuditOutcome, CloseAuditFileInput } from './graphql/graphql';

/** What these tests drive Internal Audit with: documents, tokens and routing's events. */

export type AuditHarness = SubgraphHarness<AuditSettings>;

export function startAudit(label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<AuditHarness> {
  return SubgraphHarness.start(internalAuditSubgraph, label, extraEnv);
}

/** Every role a person's token may carry (the gateway's own is no person's). */
export const PERSON_ROLES = ROLES.filter((role) => role !== 'gateway');

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
export function routedData(caseId: string, departmentId = 'internal-audit'): CaseRoutedData {
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
  await audit.publish(CASE_ROUTED, routedData(caseId));
  return fileOpened(audit, caseId);
}

/** Waits until Internal Audit holds the case's file. */
export async function fileOpened(audit: AuditHarness, caseId: string): Promise<string> {
  await audit.rowsWhenPresent('select case_id from audit_file where case_id = ?', [caseId]);
  return caseId;
}

/**
 * Publishes a later event of the case (routing's status word) and waits until it is applied:
 * events of one case share a partition, so every event of the case before it is applied too.
 */
export async function eventsApplied(audit: AuditHarness, caseId: string): Promise<void> {
  const marker = await audit.publish(CASE_STATUS_CHANGED, {
    caseId,
    status: 'routed',
    agency: 'routing',
    reason: null,
  });
  await audit.rowsWhenPresent('select 1 from case_status_history where event_id = ?', [marker.id]);
}

export const entities = (...caseIds: string[]) => ({
  representations: caseIds.map((id) => ({ __typename: 'Case', id })),
});

/**
 * A case with every field of Internal Audit's file, as audit reads it and as its mutations
 * answer. Operations of this folder spread it (`...AuditReviewCaseFields`); codegen adds its
 * definition to each generated document that does.
 */
graphql(`
  fragment AuditReviewCaseFields on Case {
    id
    status
    auditReview {
      openedAt
      fileStatus
      closedAt
      allegation {
        category
        summary
        programConcerned
        estimatedAmount
        assessedAt
        assessedBy
      }
      whistleblowerProtection {
        identityProtected
        retaliationConcern
        retaliationConcernRecordedAt
      }
      steps {
        takenAt
        action
        staffId
        notes
        recordedBy
        recordedAt
      }
      findings {
        text
        recordedAt
        recordedBy
      }
      outcome
      disclosure {
        decision
        text
      }
    }
  }
`);

export const ASSESS = graphql(`
  mutation RecordAllegationAssessment($input: AllegationAssessmentInput!) {
    recordAllegationAssessment(input: $input) {
      ...AuditReviewCaseFields
    }
  }
`);
export const STEP = graphql(`
  mutation AddAuditStep($input: AddAuditStepInput!) {
    addAuditStep(input: $input) {
      ...AuditReviewCaseFields
    }
  }
`);
export const FINDINGS = graphql(`
  mutation RecordAuditFindings($input: RecordAuditFindingsInput!) {
    recordAuditFindings(input: $input) {
      ...AuditReviewCaseFields
    }
  }
`);
export const CLOSE = graphql(`
  mutation CloseAuditFile($input: CloseAuditFileInput!) {
    closeAuditFile(input: $input) {
      ...AuditReviewCaseFields
    }
  }
`);

export const QUEUE = graphql(`
  query AuditQueue($first: Int, $after: String) {
    auditQueue(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          auditReview {
            fileStatus
            openedAt
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

export const SUMMARY = graphql(`
  query AuditMonthlySummary($from: String!, $to: String!) {
    auditMonthlySummary(fromMonth: $from, toMonth: $to) {
      month
      category
      status
      count
    }
  }
`);

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
  dataOf(
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
  dataOf(
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
  dataOf(await audit.graphql(FINDINGS, { input: { caseId, findings: texts.findings } }, auditor));
}

/**
 * Closes the file: with `disclosableText`, the reporter receives exactly it (DISCLOSE_TEXT);
 * without, the configured receipt-only text. Returns the closed case as audit reads it.
 */
export async function closeFile(
  audit: AuditHarness,
  auditor: string,
  caseId: string,
  outcome: AuditOutcome,
  disclosableText?: string,
) {
  const disclosure = disclosableText === undefined ? 'RECEIPT_ONLY' : 'DISCLOSE_TEXT';
  const input: CloseAuditFileInput = { caseId, outcome, disclosure, disclosableText };
  return dataOf(await audit.graphql(CLOSE, { input }, auditor)).closeAuditFile;
}

/** This subgraph's status changes of a case, as it published them. */
export async function auditStatuses(audit: AuditHarness, caseId: string): Promise<string[]> {
  return (await audit.published(CASE_STATUS_CHANGED))
    .filter((event) => event.subject === caseId && event.data.agency === 'internal-audit')
    .map((event) => event.data.status);
}
