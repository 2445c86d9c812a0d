import { randomUUID } from 'node:crypto';
import { graphql } from './graphql';
import type {
  CaseKind,
  CasesQueryVariables,
  Channel,
  LocationInput,
  LogCaseInput,
} from './graphql/graphql';
import { IntakeHarness, dataOf, phoneReport, refusal } from './support/intake-harness';

const CASES = graphql(`
  query Cases($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
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
          srNumber
          kind
          channel
          status
          receivedAt
          location {
            ward
          }
        }
      }
    }
  }
`);

const CASE_BY_SR_NUMBER = graphql(`
  query CaseBySrNumber($srNumber: String!) {
    caseBySrNumber(srNumber: $srNumber) {
      id
    }
  }
`);

const CASE_ENTITIES = graphql(`
  query CaseEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Case {
        id
        srNumber
        kind
      }
    }
  }
`);

/** Thirty contacts over thirty days, three kinds, three channels, two wards and no ward. */
function seed(index: number): LogCaseInput {
  const kinds: CaseKind[] = ['SERVICE_REQUEST', 'SERVICE_COMPLAINT', 'COMPLIMENT'];
  const channels: Channel[] = ['PHONE', 'EMAIL', 'IN_PERSON'];
  const places: LocationInput[] = [
    { latitude: 42.3594, longitude: -71.0587 }, // Ward 2
    { latitude: 42.25, longitude: -71.15 }, // Ward 4
    { address: '1 City Hall Square' }, // no ward
  ];
  return phoneReport({
    kind: kinds[index % 3],
    channel: channels[Math.floor(index / 3) % 3],
    location: places[Math.floor(index / 9) % 3],
    receivedAt: new Date(Date.UTC(2026, 9, 1 + index, 12)).toISOString(),
    description: `Seeded contact ${index}`,
  });
}

describe('reading cases', () => {
  let intake: IntakeHarness;
  let analyst: string;
  const ids: string[] = [];

  beforeAll(async () => {
    intake = await IntakeHarness.start('query');
    analyst = await intake.token(['analyst']);
    const agent = await intake.token(['agent']);
    for (let index = 0; index < 30; index += 1) {
      ids.push((await intake.logCase(seed(index), agent)).id);
    }
  });

  afterAll(async () => {
    await intake?.stop();
  });

  const cases = async (variables: CasesQueryVariables) =>
    dataOf(await intake.graphql(CASES, variables, analyst), 'cases').cases;

  it('pages through every case newest first, none skipped or repeated', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await cases({ first: 7, after });
      pages += 1;
      expect(page.totalCount).toBe(30);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual([...ids].reverse());
  });

  it('the default page is 20 cases', async () => {
    const page = await cases({});
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('filters by kind, channel, ward, status and receipt time, together', async () => {
    expect((await cases({ filter: { kinds: ['COMPLIMENT'] } })).totalCount).toBe(10);
    expect((await cases({ filter: { channels: ['EMAIL', 'PHONE'] } })).totalCount).toBe(21);
    const ward2 = await cases({ filter: { wards: ['Ward 2'] }, first: 100 });
    expect(ward2.totalCount).toBe(12); // indices 0-8 and 27-29
    expect(ward2.edges.every((edge) => edge.node.location?.ward === 'Ward 2')).toBe(true);
    expect((await cases({ filter: { statuses: ['RECEIVED'] } })).totalCount).toBe(30);
    expect((await cases({ filter: { statuses: ['WITHDRAWN'] } })).totalCount).toBe(0);
    const october = await cases({
      filter: { receivedFrom: '2026-10-05T12:00:00Z', receivedTo: '2026-10-10T12:00:00Z' },
    });
    expect(october.totalCount).toBe(5); // from inclusive, to exclusive
    const combined = await cases({
      filter: {
        kinds: ['SERVICE_REQUEST'],
        channels: ['PHONE'],
        wards: ['Ward 2', 'Ward 4'],
        receivedFrom: '2026-10-01T00:00:00Z',
      },
      first: 100,
    });
    // SERVICE_REQUEST = index % 3 == 0; PHONE = floor(index/3) % 3 == 0: 0, 9, 18, 27 — 18 has no ward
    expect(combined.edges.map((edge) => ids.indexOf(edge.node.id)).sort((a, b) => a - b)).toEqual([
      0, 9, 27,
    ]);
  });

  it('a cursor that this list did not hand out is refused naming `after`', async () => {
    const answer = await intake.graphql(CASES, { after: 'not-a-cursor' }, analyst);
    expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('caseBySrNumber reads an SR number however it is typed', async () => {
    const { srNumber, id } = (await cases({ first: 1 })).edges[0]!.node;
    const answer = await intake.graphql(
      CASE_BY_SR_NUMBER,
      { srNumber: ` ${srNumber.toLowerCase().replace(/-/g, '')} ` },
      analyst,
    );
    expect(answer.body.data?.caseBySrNumber).toEqual({ id });
  });

  it('a batch of 50 references from the gateway is answered with ONE select on the case table, in order', async () => {
    const wanted = [...ids, ...ids.slice(0, 18), randomUUID(), 'not-a-uuid'];
    expect(wanted).toHaveLength(50);
    const { queries, result: answer } = await intake.queriesDuring(async () =>
      intake.graphql(
        CASE_ENTITIES,
        { representations: wanted.map((id) => ({ __typename: 'Case', id })) },
        await intake.token(['department_staff']),
      ),
    );
    const entities = dataOf(answer)._entities;
    expect(entities.map((entity) => entity?.id ?? null)).toEqual([
      ...wanted.slice(0, 48),
      null,
      null,
    ]);
    const selects = queries.filter((query) =>
      /^select\b[\s\S]*\bfrom \S*case_record\b/i.test(query),
    );
    expect(selects).toHaveLength(1);
  });
});
