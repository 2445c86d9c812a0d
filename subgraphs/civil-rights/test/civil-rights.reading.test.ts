import { countSql } from '@hub/local-stack';
import { graphql } from './graphql';
import {
  caseAs,
  dataOf,
  ENTITY,
  filedCase,
  REFER,
  refusal,
  startHub,
  writtenForm,
  type CivilRightsHarness,
} from './civil-rights.fixtures';

const ACCESS_LOG = graphql(`
  query TitleVIAccessLog($caseId: ID) {
    titleVIAccessLog(caseId: $caseId) {
      readerSubject
      field
      granted
    }
  }
`);

const CASE_IDS = graphql(`
  query TitleVICaseIds($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        titleVI {
          caseId
        }
      }
    }
  }
`);

describe('who reads a Title VI complaint', () => {
  let hub: CivilRightsHarness;
  let coordinator: string;
  beforeAll(async () => ({ hub, coordinator } = await startHub('reading', 'coordinator-1')));
  afterAll(() => hub?.stop());

  it('shows others the status only, refuses the complaint, and logs every attempt', async () => {
    const caseId = await filedCase(hub, coordinator, writtenForm());
    const staff = await hub.token(['department_staff'], {
      subject: 'staff-9',
      department: 'public-works',
    });
    const { answer, found } = await caseAs(hub, caseId, staff);
    expect(found.status).toBe('IN_PROGRESS');
    expect(found.titleVI).toBeNull();
    expect(refusal(answer)).toMatchObject({ code: 'FORBIDDEN' });
    expect(JSON.stringify(answer.body)).not.toContain('Minh');

    await caseAs(hub, caseId, coordinator);
    const log = await hub.graphql(ACCESS_LOG, { caseId }, coordinator);
    expect(dataOf(log).titleVIAccessLog).toEqual(
      expect.arrayContaining([
        { readerSubject: 'staff-9', field: 'titleVI', granted: false },
        { readerSubject: 'coordinator-1', field: 'titleVI', granted: true },
      ]),
    );
    expect(refusal(await hub.graphql(ACCESS_LOG, {}, staff)).code).toBe('FORBIDDEN');
  });

  it('resolves many case references with one query per table, and one access-log write per logged field', async () => {
    const caseIds: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const caseId = await filedCase(hub, coordinator, writtenForm(10));
      await hub.graphql(REFER, { caseId, agencyIds: ['wsdot-oecr', 'us-doj'] }, coordinator);
      caseIds.push(caseId);
    }
    const counter = countSql(hub.subgraph.orm);
    try {
      const answer = await hub.graphql(
        ENTITY,
        { representations: caseIds.map((id) => ({ __typename: 'Case', id })) },
        coordinator,
      );
      expect(dataOf(answer)._entities.map((c) => c?.titleVI?.caseId)).toEqual(caseIds);
      expect(counter.selectsByTable()).toEqual({
        civil_rights_case: 1,
        title_vi_complaint: 1,
        title_vi_clock: 1,
        title_vi_referral: 1,
        title_vi_referral_decision: 1,
        title_vi_step: 1,
        title_vi_retaliation_allegation: 1,
        case_status: 1,
        case_status_history: 1,
      });
      const logWrites = counter.statements.filter((sql) =>
        /insert into [^(]*restricted_field_read/i.test(sql),
      );
      // The complaint, then the coordinator's words in the history (a level deeper): each one
      // insert for all eight cases.
      expect(logWrites).toHaveLength(2);
      for (const [write, field] of [
        [logWrites[0]!, "'titleVI'"],
        [logWrites[1]!, "'statusHistory.agencyStatus'"],
      ] as const) {
        expect(write).toContain(field);
        for (const caseId of caseIds) expect(write).toContain(caseId);
      }
    } finally {
      counter.stop();
    }
  });

  it('answers null for a malformed case id, with nothing to guard or to log', async () => {
    const logged = await hub.count('restricted_field_read');
    const answer = await hub.graphql(
      CASE_IDS,
      { representations: [{ __typename: 'Case', id: 'not-a-case' }] },
      coordinator,
    );
    expect(dataOf(answer)._entities).toEqual([{ id: 'not-a-case', titleVI: null }]);
    expect(await hub.count('restricted_field_read')).toBe(logged);
  });
});
