import {
  CASE_COMPLETED,
  CASE_ROUTED,
  CASE_STATUS_CHANGED,
  CITY_STAFF_ROLES,
  type EventEnvelopeOf,
  type EventType,
} from '@hub/contracts';
import { countSql, waitFor } from '@hub/local-stack';
import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import {
  ACTION,
  ADD_PERSON,
  closedCase,
  dataOf,
  DISCLOSURE,
  entity,
  fileAt,
  fileOf,
  FINDINGS,
  FINDINGS_TEXT,
  openedFile,
  PEOPLE,
  QUEUE,
  REVIEW,
  reviewedFile,
  reviewInput,
  routeToHr,
  startHr,
  type HrHarness,
} from './support';
import { graphql } from './graphql';
import type { HrQueueQuery } from './graphql/graphql';

/** Every field of HR's file of each case, as HR reads it. */
const CASE_FILE = graphql(`
  query HrCaseFile($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        status
        staffComplaint {
          status
          openedAt
          closedAt
          subjectEmployee {
            name
            jobTitle
            department
          }
          review {
            reviewer
            notes
            staffLevelsInvolved
            category
            startedAt
            updatedAt
          }
          peopleInvolved {
            name
            role
            addedAt
          }
          findings
          actionTaken {
            kind
            details
          }
          outcome
          disclosure {
            decision
            text
            disclosedAt
          }
        }
      }
    }
  }
`);

/** The subject and the people of each case's file. */
const FILE_PEOPLE = graphql(`
  query HrFilePeople($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        status
        staffComplaint {
          status
          subjectEmployee {
            name
          }
          peopleInvolved {
            name
          }
        }
      }
    }
  }
`);

const PROTECTED_TEXT =
  'Human Resources has finished its review. The result is a personnel matter protected by employment law.';

describe('HR, against real PostgreSQL and Kafka', () => {
  let hr: HrHarness;
  let hrToken: string;

  beforeAll(async () => {
    hr = await startHr('flow', { HUB_HR_PROTECTED_FINDINGS_TEXT: PROTECTED_TEXT });
    hrToken = await hr.token(['hr'], { subject: 'hr-reviewer-1', department: 'human-resources' });
  });

  afterAll(async () => {
    await hr?.stop();
  });

  async function read(caseId: string) {
    return dataOf(await hr.graphql(CASE_FILE, entity(caseId), hrToken))._entities[0]!;
  }

  /** What HR itself stated (the test plays routing through the same outbox). */
  async function statedByHr<Type extends EventType>(
    caseId: string,
    type: Type,
  ): Promise<EventEnvelopeOf<Type>[]> {
    return (await hr.published(type)).filter(
      (event) =>
        event.subject === caseId && (event.data as { agency?: string }).agency !== 'routing',
    );
  }

  it('opens its file from a published case.routed.v1 alone, and a case routed elsewhere opens none', async () => {
    const caseId = await routeToHr(hr);
    const elsewhere = await routeToHr(hr, randomUUID(), 'public-works');
    const file = await fileOf(hr, caseId);
    expect(file).toMatchObject({ status: 'open', closed_at: null, subject_name: null });

    expect(await read(caseId)).toMatchObject({
      id: caseId,
      staffComplaint: {
        status: 'OPEN',
        openedAt: new Date(file.opened_at).toISOString(),
        closedAt: null,
        subjectEmployee: null,
        review: null,
        peopleInvolved: [],
        findings: null,
        actionTaken: null,
        outcome: null,
        disclosure: null,
      },
    });
    // The routing of the other case was applied (its inbox entry exists), and opened nothing.
    const [other] = await hr
      .published(CASE_ROUTED)
      .then((events) => events.filter((event) => event.subject === elsewhere));
    await waitFor(
      () => hr.count('inbox_event', 'event_id = ?', [other!.id]),
      (n) => n === 1,
      30_000,
      'the other routing to be applied',
    );
    expect(await hr.count('staff_complaint', 'case_id = ?', [elsewhere])).toBe(0);
    expect((await read(elsewhere)).staffComplaint).toBeNull();
  });

  it('opens one file however often the routing arrives: a redelivered event and a second routing to HR change nothing', async () => {
    const caseId = await reviewedFile(hr, hrToken);
    const opened = await fileOf(hr, caseId);

    // Kafka redelivers the very same event (same id), as after a consumer crash.
    const [routed] = (await hr.published(CASE_ROUTED)).filter((e) => e.subject === caseId);
    const kafka = new Kafka({
      clientId: 'hr-test-redelivery',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: hr.topic,
      messages: [{ key: caseId, value: JSON.stringify(routed) }],
    });
    await producer.disconnect();
    // And routing routes it to HR again (an agent's manual re-route): a new event.
    await routeToHr(hr, caseId, 'human-resources', 'human-resources');

    // Events of one case share a partition: once the last is applied, so are those before it.
    const events = await hr.published(CASE_ROUTED);
    const last = events.filter((e) => e.subject === caseId).at(-1)!;
    await waitFor(
      () => hr.count('inbox_event', 'event_id = ?', [last.id]),
      (n) => n === 1,
      30_000,
      'the second routing to be applied',
    );
    expect(await hr.count('staff_complaint', 'case_id = ?', [caseId])).toBe(1);
    expect(await hr.count('inbox_event', 'event_id = ?', [routed!.id])).toBe(1);
    const file = await fileOf(hr, caseId);
    expect(file.status).toBe('in_review');
    expect(new Date(file.opened_at).getTime()).toBe(new Date(opened.opened_at).getTime());
    expect(await hr.count('person_involved', 'case_id = ?', [caseId])).toBe(1);
  });

  it('starts the review: the file is IN_REVIEW and the hub status in_progress, stated by human-resources', async () => {
    const caseId = await openedFile(hr);
    const answer = dataOf(await hr.graphql(REVIEW, { input: reviewInput(caseId) }, hrToken));
    expect(answer.recordHrReview).toEqual({ id: caseId, status: 'IN_PROGRESS' });

    const found = await read(caseId);
    expect(found).toMatchObject({
      status: 'IN_PROGRESS',
      staffComplaint: {
        status: 'IN_REVIEW',
        subjectEmployee: PEOPLE.subject,
        review: {
          reviewer: PEOPLE.reviewer,
          staffLevelsInvolved: ['SUPERVISOR', 'DEPARTMENT_HEAD'],
          category: 'DISCOURTESY',
        },
        peopleInvolved: [{ name: PEOPLE.witness.name, role: 'witness' }],
      },
    });
    const changes = await statedByHr(caseId, CASE_STATUS_CHANGED);
    expect(changes.map((e) => e.data)).toEqual([
      {
        caseId,
        status: 'in_progress',
        agency: 'human-resources',
        agencyStatus: 'in_review',
        reason: null,
        // HR's words follow the rule of its file: the city's staff.
        readers: [...CITY_STAFF_ROLES],
      },
    ]);

    // A second review updates it without a second status change; people are added, not doubled.
    dataOf(
      await hr.graphql(
        REVIEW,
        {
          input: reviewInput(caseId, {
            category: 'CONDUCT',
            peopleInvolved: [PEOPLE.witness, PEOPLE.supervisor],
          }),
        },
        hrToken,
      ),
    );
    const again = await read(caseId);
    expect(again.staffComplaint!.review!.category).toBe('CONDUCT');
    expect(again.staffComplaint!.peopleInvolved!.map((p) => p.name)).toEqual([
      PEOPLE.witness.name,
      PEOPLE.supervisor.name,
    ]);
    expect(await statedByHr(caseId, CASE_STATUS_CHANGED)).toHaveLength(1);
  });

  it('closes with a disclosure: case.completed.v1 carries exactly the allowed text, never findings, action or names, and the status is closed', async () => {
    const text = DISCLOSURE;
    const caseId = await closedCase(hr, hrToken, { decision: 'PARTIAL', text });

    const found = await read(caseId);
    expect(found).toMatchObject({
      status: 'CLOSED',
      staffComplaint: {
        status: 'CLOSED',
        findings: FINDINGS_TEXT,
        actionTaken: ACTION,
        outcome: 'UPHELD',
        disclosure: { decision: 'PARTIAL', text },
      },
    });
    expect(found.staffComplaint!.closedAt).toEqual(found.staffComplaint!.disclosure!.disclosedAt);

    const [completed, ...more] = await statedByHr(caseId, CASE_COMPLETED);
    expect(more).toEqual([]);
    expect(completed!.data).toEqual({
      caseId,
      // Upheld stays in HR; the disclosed text is for HR and the agents answering the reporter.
      outcome: 'closed',
      disposition: text,
      departmentName: 'Human Resources',
      readers: ['hr', 'agent'],
    });
    const changes = (await statedByHr(caseId, CASE_STATUS_CHANGED)).map((e) => e.data);
    expect(changes).toEqual([
      expect.objectContaining({ status: 'in_progress', agency: 'human-resources' }),
      {
        caseId,
        status: 'closed',
        agency: 'human-resources',
        agencyStatus: 'closed',
        reason: null,
        readers: [...CITY_STAFF_ROLES],
      },
    ]);

    // Nothing HR stated about the case holds its personal data or its findings.
    const stated = JSON.stringify(
      (await hr.published()).filter((e) => e.subject === caseId && e.type !== CASE_ROUTED),
    );
    for (const secret of [
      PEOPLE.subject.name,
      'Quillfeather',
      PEOPLE.witness.name,
      PEOPLE.supervisor.name,
      PEOPLE.reviewer,
      PEOPLE.email,
      FINDINGS_TEXT,
      ACTION.details,
      'WRITTEN_WARNING',
      'written_warning',
    ]) {
      expect(stated).not.toContain(secret);
    }

    // The relay put both on the topic.
    const onTopic = await hr.readEvents((events) =>
      events.some((e) => e.type === CASE_COMPLETED && e.subject === caseId),
    );
    expect(
      onTopic.find((e) => e.type === CASE_COMPLETED && e.subject === caseId)!.data,
    ).toMatchObject({ disposition: text });
  });

  it('under NONE the reporter receives the configured protected-findings text only', async () => {
    const caseId = await closedCase(hr, hrToken, { decision: 'NONE' });
    const [completed] = await statedByHr(caseId, CASE_COMPLETED);
    expect(completed!.data).toEqual({
      caseId,
      outcome: 'closed',
      disposition: PROTECTED_TEXT,
      departmentName: 'Human Resources',
      readers: ['hr', 'agent'],
    });
    expect((await read(caseId)).staffComplaint!.disclosure).toMatchObject({
      decision: 'NONE',
      text: PROTECTED_TEXT,
    });
  });

  it('leaves the queue when routing sends the case elsewhere, and comes back where it stood', async () => {
    const caseId = await reviewedFile(hr, hrToken);
    await routeToHr(hr, caseId, 'public-works', 'human-resources');
    await fileAt(hr, caseId, 'transferred');
    const refused = await hr.graphql(
      FINDINGS,
      { input: { caseId, findings: 'Not ours any more.' } },
      hrToken,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    await routeToHr(hr, caseId, 'human-resources', 'public-works');
    await fileAt(hr, caseId, 'in_review');
    dataOf(await hr.graphql(ADD_PERSON, { caseId, person: PEOPLE.supervisor }, hrToken));
  });

  it("pages HR's queue oldest first, by status, without skipping or repeating a file", async () => {
    const caseIds: string[] = [];
    for (let i = 0; i < 3; i += 1) caseIds.push(await openedFile(hr));
    // The open work: every file still OPEN or IN_REVIEW, in order of opening.
    const all: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: HrQueueQuery['hrQueue'] = dataOf(
        await hr.graphql(QUEUE, { first: 2, after }, hrToken),
      ).hrQueue;
      pages += 1;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      all.push(...page.edges.map((edge) => edge.node.id));
      for (const edge of page.edges) {
        expect(['OPEN', 'IN_REVIEW']).toContain(edge.node.staffComplaint!.status);
      }
      if (!page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(all.length);
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(caseIds));
    const [first, second, third] = caseIds.map((id) => all.indexOf(id));
    expect(first! < second! && second! < third!).toBe(true);
    const openedAt = await hr.sql<{ case_id: string }>(
      `select case_id from staff_complaint where status in ('open', 'in_review')
        order by opened_at, case_id`,
    );
    expect(all).toEqual(openedAt.map((row) => row.case_id));

    const closed = dataOf(
      await hr.graphql(QUEUE, { first: 100, status: 'CLOSED' }, hrToken),
    ).hrQueue;
    expect(closed.totalCount).toBe(await hr.count('staff_complaint', "status = 'closed'"));
    for (const edge of closed.edges) expect(edge.node.staffComplaint!.status).toBe('CLOSED');
  });

  it('reads the files of many cases in one query per table, whatever their number', async () => {
    const caseIds: string[] = [];
    for (let i = 0; i < 4; i += 1) caseIds.push(await reviewedFile(hr, hrToken));
    const counter = countSql(hr.subgraph.orm);
    try {
      const answer = await hr.graphql(FILE_PEOPLE, entity(...caseIds, randomUUID()), hrToken);
      const found = dataOf(answer)._entities;
      expect(found).toHaveLength(5);
      expect(found[4]!.staffComplaint).toBeNull();
      for (const each of found.slice(0, 4)) {
        expect(each!.staffComplaint!.peopleInvolved).toEqual([{ name: PEOPLE.witness.name }]);
      }
      expect(counter.selectsByTable()).toEqual({
        staff_complaint: 1,
        person_involved: 1,
        case_status: 1,
      });
    } finally {
      counter.stop();
    }
  });

  it("keeps HR's queue for role hr", async () => {
    for (const roles of [['department_head'], ['agent'], ['analyst'], ['council'], ['resident']]) {
      const answer = await hr.graphql(QUEUE, { first: 5 }, await hr.token(roles));
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.body.data).toBeNull();
    }
  });
});
