import { waitFor } from '@hub/local-stack';
import { graphql } from './graphql';
import { logCase, trackCase } from './support/cases';
import { startTestHub, type TestHub } from './support/hub';

// A withdrawal ends a case in every agency's copy, so only the office responsible for the case
// may record one: a 311 agent or the department routing made responsible for an ordinary case,
// and for a confidential one (staff, police conduct, fraud, Title VI) that office alone. Who
// withdrew it is kept.

const WITHDRAW = graphql(`
  mutation WithdrawTheCase($caseId: ID!, $reason: String!) {
    withdrawCase(caseId: $caseId, reason: $reason) {
      status
    }
  }
`);

const ROUTED_TO = graphql(`
  query WithdrawalRoutedTo($id: ID!) {
    case(id: $id) {
      department {
        id
      }
    }
  }
`);

describe('withdrawing a case through the gateway', () => {
  let hub: TestHub;
  let agent: string;

  beforeAll(async () => {
    hub = await startTestHub({ subgraphs: ['intake', 'routing'], label: 'withdrawal' });
    agent = await hub.token(['agent'], { subject: 'agent-w' });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const withdrawnBy = async (caseId: string) => {
    const [row] = await hub.subgraphs
      .get('intake')!
      .orm.em.fork()
      .execute<{ withdrawn_by: string | null }[]>(
        'select withdrawn_by from case_record where id = ?',
        [caseId],
      );
    return row?.withdrawn_by ?? null;
  };

  it("a department clerk cannot withdraw a fraud report, nor can an agent: it is Internal Audit's", async () => {
    const { id: caseId, srNumber } = await logCase(hub, agent, {
      channel: 'PHONE',
      kind: 'FRAUD_WASTE_ABUSE',
      description: 'Overtime billed for shifts nobody worked.',
      location: null,
    });
    for (const token of [
      await hub.token(['department_staff'], { subject: 'clerk-pw', department: 'public-works' }),
      agent,
      await hub.token(['hr'], { subject: 'hr-1' }),
    ]) {
      const refused = await hub.query(WITHDRAW, { caseId, reason: 'not needed' }, token);
      expect(refused.data?.withdrawCase ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await trackCase(hub, srNumber)).status).not.toBe('WITHDRAWN');
    expect(await withdrawnBy(caseId)).toBeNull();

    const audit = await hub.token(['audit'], { subject: 'auditor-w' });
    const done = await hub.query(WITHDRAW, { caseId, reason: 'the reporter asked' }, audit);
    expect(done.errors).toBeUndefined();
    expect(done.data?.withdrawCase.status).toBe('WITHDRAWN');
    expect(await withdrawnBy(caseId)).toBe('auditor-w');
  });

  it('an ordinary case is withdrawn by its responsible department, not by another', async () => {
    const { id: caseId } = await logCase(hub, agent, {
      channel: 'PHONE',
      kind: 'SERVICE_REQUEST',
      serviceCode: 'pothole',
      description: 'A pothole by the library steps.',
      location: { latitude: 42.3554, longitude: -71.0655 },
    });
    await waitFor(
      async () => (await hub.query(ROUTED_TO, { id: caseId }, agent)).data?.case?.department?.id,
      (id) => id === 'public-works',
      30_000,
      'the case routed to public works',
    );
    // Intake learns the responsible department from routing's event.
    await waitFor(
      async () => {
        const parks = await hub.token(['department_staff'], { department: 'parks' });
        return (await hub.query(WITHDRAW, { caseId, reason: 'fixed' }, parks)).errors?.[0]
          ?.extensions?.code;
      },
      (code) => code === 'FORBIDDEN',
    );
    const publicWorks = await hub.token(['department_head'], {
      subject: 'head-pw',
      department: 'public-works',
    });
    const done = await waitFor(
      () => hub.query(WITHDRAW, { caseId, reason: 'fixed by the crew' }, publicWorks),
      (answer) => answer.errors === undefined,
      30_000,
      'the withdrawal by public works',
    );
    expect(done.data?.withdrawCase.status).toBe('WITHDRAWN');
    expect(await withdrawnBy(caseId)).toBe('head-pw');
  });
});
