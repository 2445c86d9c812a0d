import { CASE_COMPLETED, CASE_ROUTED, CASE_STATUS_CHANGED, CITY_STAFF_ROLES } from '@hub/contracts';
import { countSql } from '@hub/local-stack';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import {
  ASSESS,
  auditStatuses,
  closeFile,
  dataOf,
  entities,
  eventsApplied,
  fileOpened,
  FINDINGS,
  openFile,
  QUEUE,
  routedData,
  startAudit,
  STEP,
  tokenFor,
  workFile,
  type AuditHarness,
} from './support';
import { graphql } from './graphql';
import type { AuditQueueQuery } from './graphql/graphql';

/** Every field of Internal Audit's file of each case. */
const REVIEWS = graphql(`
  query AuditReviewEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ...AuditReviewCaseFields
    }
  }
`);

const OPENED_AT = graphql(`
  query AuditReviewOpenedAt($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        auditReview {
          openedAt
        }
      }
    }
  }
`);

const STEP_ACTIONS = graphql(`
  query AuditReviewStepActions($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        auditReview {
          fileStatus
          steps {
            action
          }
        }
      }
    }
  }
`);

describe('an Internal Audit file, against real PostgreSQL and Kafka', () => {
  let audit: AuditHarness;
  let auditor: string;

  beforeAll(async () => {
    audit = await startAudit('flow');
    auditor = await tokenFor(audit, 'audit', 'auditor-ana');
  });

  afterAll(async () => {
    await audit?.stop();
  });

  async function read(caseId: string) {
    return dataOf(await audit.graphql(REVIEWS, entities(caseId), auditor))._entities[0]!;
  }

  it('opens from case.routed.v1 alone, ROUTED, once however often the event comes', async () => {
    const caseId = randomUUID();
    const routed = await audit.publish(CASE_ROUTED, routedData(caseId));
    await fileOpened(audit, caseId);

    // The same event again, byte for byte (a redelivery), then a second routing to audit.
    const kafka = new Kafka({
      clientId: 'redelivery',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic: audit.topic,
        messages: [{ key: caseId, value: JSON.stringify(routed) }],
      });
    } finally {
      await producer.disconnect();
    }
    await audit.publish(CASE_ROUTED, { ...routedData(caseId), manual: true });
    await eventsApplied(audit, caseId);

    expect(await audit.count('audit_file', 'case_id = ?', [caseId])).toBe(1);
    expect(await auditStatuses(audit, caseId)).toEqual(['routed']);
    const file = await read(caseId);
    expect(file).toMatchObject({
      id: caseId,
      status: 'ROUTED',
      auditReview: {
        openedAt: routed.time,
        fileStatus: 'ROUTED',
        closedAt: null,
        allegation: null,
        whistleblowerProtection: {
          identityProtected: true,
          retaliationConcern: null,
          retaliationConcernRecordedAt: null,
        },
        steps: [],
        findings: null,
        outcome: null,
        disclosure: null,
      },
    });
  });

  it('opens no file for a case routed to another department, and none for a case it never heard of', async () => {
    const elsewhere = randomUUID();
    await audit.publish(CASE_ROUTED, routedData(elsewhere, 'public-works'));
    await eventsApplied(audit, elsewhere);
    expect(await audit.count('audit_file', 'case_id = ?', [elsewhere])).toBe(0);

    const answer = dataOf(await audit.graphql(OPENED_AT, entities(elsewhere), auditor));
    expect(answer._entities).toEqual([{ id: elsewhere, auditReview: null }]);
  });

  it('still opens the file of a case its reporter withdrew, leaving the ended status alone', async () => {
    const caseId = randomUUID();
    await audit.publish(CASE_STATUS_CHANGED, {
      caseId,
      status: 'withdrawn',
      agency: 'intake',
      reason: null,
    });
    await openFile(audit, caseId);
    expect(await auditStatuses(audit, caseId)).toEqual([]);
    expect((await read(caseId)).status).toBe('WITHDRAWN');
  });

  it('records the assessment; the first step puts the file IN_PROGRESS, in its status and the hub status', async () => {
    const caseId = await openFile(audit);
    const assessed = dataOf(
      await audit.graphql(
        ASSESS,
        {
          input: {
            caseId,
            category: 'WASTE',
            summary: 'Paving contract paid twice for the same block',
            programConcerned: 'Street resurfacing',
            estimatedAmount: 48210.4,
            identityProtected: true,
            retaliationConcern: 'The reporter fears a transfer after reporting',
          },
        },
        auditor,
      ),
    ).recordAllegationAssessment;
    expect(assessed.auditReview).toMatchObject({
      fileStatus: 'ROUTED',
      allegation: {
        category: 'WASTE',
        summary: 'Paving contract paid twice for the same block',
        programConcerned: 'Street resurfacing',
        estimatedAmount: 48210.4,
        assessedBy: 'auditor-ana',
      },
      whistleblowerProtection: {
        identityProtected: true,
        retaliationConcern: 'The reporter fears a transfer after reporting',
      },
    });
    expect(assessed.auditReview!.whistleblowerProtection!.retaliationConcernRecordedAt).toEqual(
      expect.any(String),
    );
    expect(await auditStatuses(audit, caseId)).toEqual(['routed']);

    const takenAt = new Date(Date.now() - 3_600_000).toISOString();
    const stepped = dataOf(
      await audit.graphql(
        STEP,
        {
          input: {
            caseId,
            takenAt,
            action: 'Pulled the payment ledger',
            staffId: 'internal-audit-a',
            notes: 'Two invoices share one number',
          },
        },
        auditor,
      ),
    ).addAuditStep;
    expect(stepped.status).toBe('IN_PROGRESS');
    expect(stepped.auditReview!.fileStatus).toBe('IN_PROGRESS');
    expect(stepped.auditReview!.steps).toEqual([
      {
        takenAt,
        action: 'Pulled the payment ledger',
        staffId: 'internal-audit-a',
        notes: 'Two invoices share one number',
        recordedBy: 'auditor-ana',
        recordedAt: expect.any(String),
      },
    ]);
    expect(await auditStatuses(audit, caseId)).toEqual(['routed', 'in_progress']);

    // A second step is one more line of the papers, not a second status change.
    const second = dataOf(
      await audit.graphql(
        STEP,
        {
          input: {
            caseId,
            takenAt: new Date().toISOString(),
            action: 'Interviewed the contract officer',
            staffId: 'internal-audit-lead',
          },
        },
        auditor,
      ),
    ).addAuditStep;
    expect(second.auditReview!.steps!.map((step) => step.action)).toEqual([
      'Pulled the payment ledger',
      'Interviewed the contract officer',
    ]);
    expect(await auditStatuses(audit, caseId)).toEqual(['routed', 'in_progress']);

    // A revision without the concern keeps the concern recorded in writing.
    const revised = dataOf(
      await audit.graphql(
        ASSESS,
        {
          input: {
            caseId,
            category: 'FRAUD',
            summary: 'Paving invoices duplicated on purpose',
            programConcerned: 'Street resurfacing',
          },
        },
        auditor,
      ),
    ).recordAllegationAssessment;
    expect(revised.auditReview!.allegation).toMatchObject({
      category: 'FRAUD',
      estimatedAmount: null,
    });
    expect(revised.auditReview!.whistleblowerProtection!.retaliationConcern).toBe(
      'The reporter fears a transfer after reporting',
    );
  });

  it('closes with the disclosable text alone: case.completed.v1 carries exactly it, no findings, and the status is CLOSED', async () => {
    const caseId = await openFile(audit);
    const texts = {
      summary: 'Overtime claimed for hours never worked at the water plant',
      program: 'Water treatment operations',
      action: 'Compared badge records with timesheets',
      notes: 'Badge records missing on 9 claimed days',
      findings: 'Overtime of 212 hours was claimed without badge entries',
      concern: 'Supervisor asked who reported',
    };
    await workFile(audit, caseId, auditor, texts);
    const disclosable =
      'Internal Audit has completed its review of your report and the City has taken action.';
    const closed = await closeFile(audit, auditor, caseId, 'SUBSTANTIATED', disclosable);
    expect(closed).toMatchObject({
      status: 'CLOSED',
      auditReview: {
        fileStatus: 'CLOSED',
        outcome: 'SUBSTANTIATED',
        disclosure: { decision: 'DISCLOSE_TEXT', text: disclosable },
        findings: { text: texts.findings },
      },
    });
    expect(closed.auditReview!.closedAt).toEqual(expect.any(String));
    expect(await auditStatuses(audit, caseId)).toEqual(['routed', 'in_progress', 'closed']);

    const events = await audit.readEvents((seen) =>
      seen.some((event) => event.type === CASE_COMPLETED && event.subject === caseId),
    );
    const completed = events.find(
      (event) => event.type === CASE_COMPLETED && event.subject === caseId,
    )!;
    expect(completed.data).toEqual({
      caseId,
      outcome: 'closed',
      disposition: disclosable,
      departmentName: "Internal Audit (City Manager's Office)",
      readers: [...CITY_STAFF_ROLES],
    });
    // Nothing audit wrote in its papers left the subgraph in any event of the case.
    const published = JSON.stringify(
      events.filter(
        (event) => event.subject === caseId && event.source.endsWith('/internal-audit'),
      ),
    );
    for (const secret of Object.values(texts)) expect(published).not.toContain(secret);
    expect(published).not.toContain('substantiated');
    expect(published).not.toContain('auditor-ana');
  });

  it('closes with nothing disclosed beyond the receipt: the reporter gets the configured text', async () => {
    const caseId = await openFile(audit);
    const closed = await closeFile(audit, auditor, caseId, 'UNSUBSTANTIATED');
    const receiptOnly = audit.subgraph.settings.receiptOnlyText;
    expect(closed.auditReview!.disclosure).toEqual({ decision: 'RECEIPT_ONLY', text: receiptOnly });
    const [completed] = (await audit.published(CASE_COMPLETED)).filter(
      (event) => event.subject === caseId,
    );
    expect(completed!.data).toEqual({
      caseId,
      outcome: 'closed',
      disposition: receiptOnly,
      departmentName: "Internal Audit (City Manager's Office)",
      readers: [...CITY_STAFF_ROLES],
    });
    // Closed straight from ROUTED: no step was ever recorded.
    expect(await auditStatuses(audit, caseId)).toEqual(['routed', 'closed']);
  });

  it('keeps the queue of open files, oldest first, page by page, for audit only', async () => {
    const opened = [await openFile(audit), await openFile(audit), await openFile(audit)];
    const everything = dataOf(await audit.graphql(QUEUE, { first: 100 }, auditor)).auditQueue;
    const ids = everything.edges.map((edge) => edge.node.id);
    for (const id of opened) expect(ids).toContain(id);
    expect(everything.totalCount).toBe(ids.length);
    expect(everything.edges.every((edge) => edge.node.auditReview!.fileStatus !== 'CLOSED')).toBe(
      true,
    );
    const times = everything.edges.map((edge) => edge.node.auditReview!.openedAt);
    expect([...times].sort()).toEqual(times);

    // Two at a time: every open file exactly once, in the same order.
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: AuditQueueQuery['auditQueue'] = dataOf(
        await audit.graphql(QUEUE, { first: 2, after }, auditor),
      ).auditQueue;
      paged.push(...page.edges.map((edge) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);

    for (const role of ['department_head', 'analyst', 'council', 'hr', 'agent']) {
      const refused = await audit.graphql(QUEUE, { first: 5 }, await tokenFor(audit, role));
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(refused.body.data).toBeNull();
    }
  });

  it('answers N references with one query for the files, one for the steps and one access-log insert', async () => {
    const caseIds = [await openFile(audit), await openFile(audit), await openFile(audit)];
    const sql = countSql(audit.subgraph.orm);
    const answer = await audit
      .graphql(STEP_ACTIONS, entities(...caseIds), auditor)
      .finally(() => sql.stop());
    expect(dataOf(answer)._entities.map((entity) => entity!.auditReview!.fileStatus)).toEqual([
      'ROUTED',
      'ROUTED',
      'ROUTED',
    ]);
    expect(sql.touching('select', 'audit_file')).toBe(1);
    expect(sql.touching('select', 'audit_step')).toBe(1);
    expect(sql.touching('insert', 'restricted_field_read')).toBe(1);
  });

  it('the findings may be revised until the file closes, and put the file IN_PROGRESS too', async () => {
    const caseId = await openFile(audit);
    dataOf(
      await audit.graphql(FINDINGS, { input: { caseId, findings: 'First reading' } }, auditor),
    );
    const revised = dataOf(
      await audit.graphql(FINDINGS, { input: { caseId, findings: 'Second reading' } }, auditor),
    ).recordAuditFindings;
    expect(revised.auditReview!.findings!.text).toBe('Second reading');
    expect(revised.auditReview!.fileStatus).toBe('IN_PROGRESS');
    expect(await auditStatuses(audit, caseId)).toEqual(['routed', 'in_progress']);
    expect((await read(caseId)).status).toBe('IN_PROGRESS');
  });
});
