import { IntakeHarness, LOG, SUBMIT, refusal, webReport } from './intake-harness';

const CASE_WITH_REPORTER = `
  query($id: ID!) {
    case(id: $id) {
      id srNumber kind description status
      reporter { anonymous name email mobilePhone }
      onBehalfOf { representedPersonName }
    }
  }`;

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
  let serviceRequestId: string;
  let fraudReportId: string;

  beforeAll(async () => {
    intake = await IntakeHarness.start('access');
    agent = await intake.token(['agent'], 'agent-mo');
    const logged = await intake.graphql(
      LOG,
      {
        input: webReport({
          channel: 'PHONE',
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
      },
      agent,
    );
    serviceRequestId = logged.body.data.logCase.id;
    const whistleblower = await intake.graphql(
      SUBMIT,
      {
        input: webReport({
          kind: 'FRAUD_WASTE_ABUSE',
          location: null,
          description: 'Fuel cards used on private cars at the depot',
          reporter: { name: 'Winston Smith', email: 'ws@example.org' },
        }),
      },
      await intake.anonymousToken(),
    );
    fraudReportId = whistleblower.body.data.submitCase.caseId;
  });

  afterAll(async () => {
    await intake?.stop();
  });

  const accessLog = (caseId: string) =>
    intake.sql<AccessLogRow>(
      'select reader_subject, reader_roles, case_id, field, granted, read_at from restricted_field_read where case_id = ? order by id',
      [caseId],
    );

  it('is visible to a 311 agent, and the read is on the access log', async () => {
    const answer = await intake.graphql(CASE_WITH_REPORTER, { id: serviceRequestId }, agent);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.case.reporter).toEqual({
      anonymous: false,
      name: 'Dolores Haze',
      email: 'dolores@example.org',
      mobilePhone: '+1 617 555 0111',
    });
    expect(answer.body.data.case.onBehalfOf).toEqual({ representedPersonName: 'Charlotte Haze' });
    const log = await accessLog(serviceRequestId);
    expect(
      log.map(({ reader_subject, reader_roles, case_id, field }) => ({
        reader_subject,
        reader_roles,
        case_id,
        field,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          reader_subject: 'agent-mo',
          reader_roles: ['agent'],
          case_id: serviceRequestId,
          field: 'reporter',
        },
        {
          reader_subject: 'agent-mo',
          reader_roles: ['agent'],
          case_id: serviceRequestId,
          field: 'onBehalfOf',
        },
      ]),
    );
    expect(log.every((row) => Date.now() - new Date(row.read_at).getTime() < 60_000)).toBe(true);
  });

  it('is FORBIDDEN to a department head, while the rest of the answer arrives; the attempt is logged as refused', async () => {
    const before = (await accessLog(serviceRequestId)).length;
    const answer = await intake.graphql(
      CASE_WITH_REPORTER,
      { id: serviceRequestId },
      await intake.token(['department_head'], 'head-of-parks'),
    );
    expect(answer.body.data.case).toMatchObject({
      id: serviceRequestId,
      kind: 'SERVICE_REQUEST',
      status: 'RECEIVED',
      reporter: null,
      onBehalfOf: null,
    });
    expect(answer.body.data.case.description).toMatch(/streetlight/);
    const refused = answer.body.errors!.map((error) => [
      error.path.join('.'),
      error.extensions.code,
    ]);
    expect(refused.sort()).toEqual([
      ['case.onBehalfOf', 'FORBIDDEN'],
      ['case.reporter', 'FORBIDDEN'],
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/Dolores|Charlotte/);
    const attempts = (await accessLog(serviceRequestId)).slice(before);
    expect(attempts.map((row) => [row.reader_subject, row.field, row.granted]).sort()).toEqual([
      ['head-of-parks', 'onBehalfOf', false],
      ['head-of-parks', 'reporter', false],
    ]);
  });

  it("a whistleblower's identity is for Internal Audit only: FORBIDDEN to agents too", async () => {
    const asAgent = await intake.graphql(CASE_WITH_REPORTER, { id: fraudReportId }, agent);
    expect(asAgent.body.data.case.reporter).toBeNull();
    expect(asAgent.body.data.case.kind).toBe('FRAUD_WASTE_ABUSE');
    expect(refusal(asAgent).code).toBe('FORBIDDEN');
    expect(asAgent.body.errors![0].message).toMatch(/Internal Audit only/);
    expect(JSON.stringify(asAgent.body)).not.toMatch(/Winston/);
    const refusals = await accessLog(fraudReportId);
    expect(refusals.map((row) => [row.reader_subject, row.field, row.granted]).sort()).toEqual([
      ['agent-mo', 'onBehalfOf', false],
      ['agent-mo', 'reporter', false],
    ]);

    const asAudit = await intake.graphql(
      CASE_WITH_REPORTER,
      { id: fraudReportId },
      await intake.token(['audit'], 'auditor-1'),
    );
    expect(asAudit.body.errors).toBeUndefined();
    expect(asAudit.body.data.case.reporter.name).toBe('Winston Smith');
    const reads = (await accessLog(fraudReportId)).slice(refusals.length);
    expect(reads.map((row) => [row.reader_subject, row.field, row.granted]).sort()).toEqual([
      ['auditor-1', 'onBehalfOf', true],
      ['auditor-1', 'reporter', true],
    ]);
  });

  it('the reads of a whole page of reporters are logged with one insert', async () => {
    const queries: string[] = [];
    const logger = intake.subgraph.orm.config.getLogger();
    const spy = jest.spyOn(logger, 'logQuery').mockImplementation((context) => {
      queries.push(String(context.query));
    });
    try {
      const answer = await intake.graphql(
        `{ cases(first: 50) { edges { node { id reporter { anonymous } } } } }`,
        {},
        agent,
      );
      // the whistleblower's reporter is refused; nothing else is
      expect((answer.body.errors ?? []).filter((e) => e.extensions.code !== 'FORBIDDEN')).toEqual(
        [],
      );
      const read = answer.body.data.cases.edges.filter((edge: any) => edge.node.reporter);
      expect(read.length).toBeGreaterThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
    const inserts = queries.filter((query) => /insert into \S*restricted_field_read/i.test(query));
    expect(inserts).toHaveLength(1);
  });

  it('cases are not for residents or for roles outside the city staff', async () => {
    const query = '{ cases { totalCount } }';
    const anonymous = await intake.graphql(query, {}, await intake.anonymousToken());
    expect(refusal(anonymous).code).toBe('UNAUTHENTICATED');
    const external = await intake.graphql(query, {}, await intake.token(['external_agency']));
    expect(refusal(external).code).toBe('FORBIDDEN');
    const byId = await intake.graphql(
      'query($id: ID!) { case(id: $id) { id } }',
      { id: serviceRequestId },
      await intake.anonymousToken(),
    );
    expect(byId.body.data.case).toBeNull();
    expect(refusal(byId).code).toBe('UNAUTHENTICATED');
  });

  it('a reference from another subgraph is refused to a resident, item by item', async () => {
    const answer = await intake.graphql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id description } } }`,
      { r: [{ __typename: 'Case', id: serviceRequestId }] },
      await intake.anonymousToken(),
    );
    expect(answer.body.data._entities).toEqual([null]);
    expect(refusal(answer).code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(answer.body)).not.toMatch(/streetlight/);
  });
});
