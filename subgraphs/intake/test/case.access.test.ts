import { graphql } from './graphql';
import { CASE_COUNT, IntakeHarness, dataOf, phoneReport, refusal } from './support/intake-harness';

const CASE_WITH_REPORTER = graphql(`
  query CaseWithReporter($id: ID!) {
    case(id: $id) {
      id
      srNumber
      kind
      description
      status
      reporter {
        anonymous
        name
        email
        mobilePhone
      }
      onBehalfOf {
        representedPersonName
      }
    }
  }
`);

const REPORTERS_PAGE = graphql(`
  query ReportersPage($first: Int) {
    cases(first: $first) {
      edges {
        node {
          id
          kind
          reporter {
            anonymous
          }
        }
      }
    }
  }
`);

const CASE_ID = graphql(`
  query CaseId($id: ID!) {
    case(id: $id) {
      id
    }
  }
`);

const CASE_REFERENCES = graphql(`
  query CaseReferences($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        description
      }
    }
  }
`);

const INTAKE_ACCESS_LOG = graphql(`
  query IntakeAccessLog($caseId: ID) {
    intakeAccessLog(caseId: $caseId) {
      readerSubject
      readerRoles
      caseId
      field
      granted
    }
  }
`);

interface AccessLogRow {
  reader_subject: string;
  reader_roles: string[];
  case_id: string;
  field: string;
  granted: boolean;
  read_at: string;
}

describe("the reporter's identity", () => {
  let intake: IntakeHarness;
  let agent: string;

  beforeAll(async () => {
    intake = await IntakeHarness.start('access');
    agent = await intake.token(['agent'], 'agent-mo');
  });

  afterAll(async () => {
    await intake?.stop();
  });

  /** A service request logged by phone, on behalf of someone, with a named reporter. */
  async function serviceRequest(): Promise<string> {
    const logged = await intake.logCase(
      phoneReport({
        reporter: {
          name: 'Dolores Haze',
          email: 'dolores@example.org',
          mobilePhone: '+1 617 555 0111',
        },
        onBehalfOf: {
          representedPersonName: 'Charlotte Haze',
          consentGiven: true,
          consentMethod: 'signed form',
        },
      }),
      agent,
    );
    return logged.id;
  }

  /** A whistleblower's report from the public form. */
  async function fraudReport(): Promise<string> {
    const submitted = await intake.submitCase({
      kind: 'FRAUD_WASTE_ABUSE',
      location: null,
      description: 'Fuel cards used on private cars at the depot',
      reporter: { name: 'Winston Smith', email: 'ws@example.org' },
    });
    return submitted.caseId;
  }

  const accessLog = (caseId: string) =>
    intake.sql<AccessLogRow>(
      'select reader_subject, reader_roles, case_id, field, granted, read_at from restricted_field_read where case_id = ? order by id',
      [caseId],
    );

  const attempts = (rows: AccessLogRow[]) =>
    rows.map((row) => [row.reader_subject, row.field, row.granted]).sort();

  it('is visible to a 311 agent, and the read is on the access log', async () => {
    const caseId = await serviceRequest();
    const answer = await intake.graphql(CASE_WITH_REPORTER, { id: caseId }, agent);
    const { case: found } = dataOf(answer);
    expect(found?.reporter).toEqual({
      anonymous: false,
      name: 'Dolores Haze',
      email: 'dolores@example.org',
      mobilePhone: '+1 617 555 0111',
    });
    expect(found?.onBehalfOf).toEqual({ representedPersonName: 'Charlotte Haze' });
    const log = await accessLog(caseId);
    expect(
      log.map(({ reader_subject, reader_roles, case_id, field, granted }) => ({
        reader_subject,
        reader_roles,
        case_id,
        field,
        granted,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          reader_subject: 'agent-mo',
          reader_roles: ['agent'],
          case_id: caseId,
          field: 'reporter',
          granted: true,
        },
        {
          reader_subject: 'agent-mo',
          reader_roles: ['agent'],
          case_id: caseId,
          field: 'onBehalfOf',
          granted: true,
        },
      ]),
    );
    expect(log.every((row) => Date.now() - new Date(row.read_at).getTime() < 60_000)).toBe(true);
  });

  it('is FORBIDDEN to a department head, while the rest of the answer arrives; the attempt is logged as refused', async () => {
    const caseId = await serviceRequest();
    const answer = await intake.graphql(
      CASE_WITH_REPORTER,
      { id: caseId },
      await intake.token(['department_head'], 'head-of-parks'),
    );
    // A partial answer: the case without its reporter, and an error for each refused field.
    expect(answer.body.data?.case).toMatchObject({
      id: caseId,
      kind: 'SERVICE_REQUEST',
      status: 'RECEIVED',
      reporter: null,
      onBehalfOf: null,
    });
    expect(answer.body.data?.case?.description).toMatch(/streetlight/);
    const refused = answer.body.errors!.map((error) => [
      error.path?.join('.'),
      error.extensions?.code,
    ]);
    expect(refused.sort()).toEqual([
      ['case.onBehalfOf', 'FORBIDDEN'],
      ['case.reporter', 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/Dolores|Charlotte/);
    expect(attempts(await accessLog(caseId))).toEqual([
      ['head-of-parks', 'onBehalfOf', false],
      ['head-of-parks', 'reporter', false],
    ]);
  });

  it('leaves its access log readable by the 311 office and Internal Audit alone, newest first', async () => {
    const caseId = await serviceRequest();
    await intake.graphql(
      CASE_WITH_REPORTER,
      { id: caseId },
      await intake.token(['department_head'], 'head-of-parks'),
    );
    await intake.graphql(CASE_WITH_REPORTER, { id: caseId }, agent);
    for (const reader of [agent, await intake.token(['audit'], 'auditor-1')]) {
      const { intakeAccessLog } = dataOf(
        await intake.graphql(INTAKE_ACCESS_LOG, { caseId }, reader),
      );
      expect(intakeAccessLog.map((row) => [row.readerSubject, row.field, row.granted])).toEqual([
        ['agent-mo', 'onBehalfOf', true],
        ['agent-mo', 'reporter', true],
        ['head-of-parks', 'onBehalfOf', false],
        ['head-of-parks', 'reporter', false],
      ]);
      expect(intakeAccessLog.every((row) => row.caseId === caseId)).toBe(true);
    }
    // Without a case: the newest entries of every case, this one's first.
    const { intakeAccessLog: newest } = dataOf(await intake.graphql(INTAKE_ACCESS_LOG, {}, agent));
    expect(newest.slice(0, 4).map((row) => row.caseId)).toEqual(Array(4).fill(caseId));
    for (const role of ['department_head', 'analyst', 'hr', 'resident']) {
      const refused = await intake.graphql(
        INTAKE_ACCESS_LOG,
        { caseId },
        await intake.token([role], `${role}-1`),
      );
      expect(refused.body.data?.intakeAccessLog ?? null).toBeNull();
      expect(refusal(refused).code).toBe('FORBIDDEN');
    }
  });

  it("a whistleblower's identity is FORBIDDEN to agents, and the refusals are logged", async () => {
    const caseId = await fraudReport();
    const asAgent = await intake.graphql(CASE_WITH_REPORTER, { id: caseId }, agent);
    expect(asAgent.body.data?.case?.reporter).toBeNull();
    expect(asAgent.body.data?.case?.kind).toBe('FRAUD_WASTE_ABUSE');
    expect(refusal(asAgent).code).toBe('FORBIDDEN');
    expect(asAgent.body.errors![0]!.message).toMatch(/Internal Audit only/);
    expect(JSON.stringify(asAgent.body)).not.toMatch(/Winston/);
    expect(attempts(await accessLog(caseId))).toEqual([
      ['agent-mo', 'onBehalfOf', false],
      ['agent-mo', 'reporter', false],
    ]);
  });

  it("a whistleblower's identity is for Internal Audit, and the reads are logged", async () => {
    const caseId = await fraudReport();
    const asAudit = await intake.graphql(
      CASE_WITH_REPORTER,
      { id: caseId },
      await intake.token(['audit'], 'auditor-1'),
    );
    expect(dataOf(asAudit).case?.reporter?.name).toBe('Winston Smith');
    expect(attempts(await accessLog(caseId))).toEqual([
      ['auditor-1', 'onBehalfOf', true],
      ['auditor-1', 'reporter', true],
    ]);
  });

  it('the reads of a whole page of reporters are logged with one insert', async () => {
    await serviceRequest();
    await serviceRequest();
    await fraudReport();
    const { queries, result: answer } = await intake.queriesDuring(() =>
      intake.graphql(REPORTERS_PAGE, { first: 50 }, agent),
    );
    // the whistleblowers' reporters are refused; nothing else is
    expect((answer.body.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual(
      [],
    );
    const edges = answer.body.data?.cases.edges ?? [];
    const read = edges.filter((edge) => edge.node.reporter);
    expect(read.length).toBeGreaterThanOrEqual(2);
    expect(read.every((edge) => edge.node.kind !== 'FRAUD_WASTE_ABUSE')).toBe(true);
    const inserts = queries.filter((query) => /insert into \S*restricted_field_read/i.test(query));
    expect(inserts).toHaveLength(1);
  });

  it('cases are not for residents or for roles outside the city staff', async () => {
    const caseId = await serviceRequest();
    const anonymous = await intake.graphql(CASE_COUNT, {}, await intake.anonymousToken());
    expect(refusal(anonymous).code).toBe('UNAUTHENTICATED');
    const external = await intake.graphql(CASE_COUNT, {}, await intake.token(['external_agency']));
    expect(refusal(external).code).toBe('FORBIDDEN');
    const byId = await intake.graphql(CASE_ID, { id: caseId }, await intake.anonymousToken());
    expect(byId.body.data?.case).toBeNull();
    expect(refusal(byId).code).toBe('UNAUTHENTICATED');
  });

  it('a reference from another subgraph is refused to a resident, item by item', async () => {
    const caseId = await serviceRequest();
    const answer = await intake.graphql(
      CASE_REFERENCES,
      { representations: [{ __typename: 'Case', id: caseId }] },
      await intake.anonymousToken(),
    );
    expect(answer.body.data?._entities).toEqual([null]);
    expect(refusal(answer).code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(answer.body)).not.toMatch(/streetlight/);
  });
});
