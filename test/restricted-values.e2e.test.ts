import { CASE_COMPLETED, CASE_STATUS_CHANGED, type EventEnvelope } from '@hub/contracts';
import { postGraphql, readTopic, waitFor } from '@hub/local-stack';
import { graphql } from './graphql';
import { startTestHub, type GraphQLAnswer, type TestHub } from './support/hub';
import {
  OFFICE_VALUES,
  openOfficeCases,
  REFERRED_AGENCY,
  type Fixture,
  type OfficeCases,
} from './support/office-cases';

/*
 * The values an office keeps (HR's, OPA's, Internal Audit's and the Title VI coordinator's
 * outcomes, dispositions, status words, reasons and referral destinations) read through the
 * fields ANOTHER subgraph serves: routing's Case.outcome, every subgraph's Case.statusHistory,
 * public tracking, the monthly summaries, the Title VI log and the outside agencies' feeds.
 * Every role gets the value the office disclosed to it, or FORBIDDEN on that path, and a
 * granted read is on the serving subgraph's access log.
 */

interface Caller {
  readonly name: string;
  readonly roles: string[];
  readonly agency?: string;
}

const CALLERS: readonly Caller[] = [
  { name: 'anonymous', roles: [] },
  { name: 'resident', roles: ['resident'] },
  { name: 'agent', roles: ['agent'] },
  { name: 'department_staff', roles: ['department_staff'] },
  { name: 'department_head', roles: ['department_head'] },
  { name: 'hr', roles: ['hr'] },
  { name: 'opa', roles: ['opa'] },
  { name: 'audit', roles: ['audit'] },
  { name: 'title_vi_coordinator', roles: ['title_vi_coordinator'] },
  { name: 'analyst', roles: ['analyst'] },
  { name: 'council', roles: ['council'] },
  { name: 'referred_agency', roles: ['external_agency'], agency: REFERRED_AGENCY },
  { name: 'other_agency', roles: ['external_agency'], agency: 'fta' },
];

const CITY_STAFF = [
  'agent',
  'department_staff',
  'department_head',
  'hr',
  'opa',
  'audit',
  'title_vi_coordinator',
  'analyst',
  'council',
];

/**
 * Who each office lets read what it wrote into the shared fields, by its own rules: the text
 * the reporter was sent (Case.outcome.disposition) and its words and reasons in the history.
 */
const OFFICE_RULES: Record<
  Exclude<Fixture, 'service'>,
  { disposition: string | null; dispositionReaders: string[]; wordReaders: string[] }
> = {
  staff: {
    disposition: OFFICE_VALUES.hrDisclosure,
    dispositionReaders: ['hr', 'agent'],
    wordReaders: CITY_STAFF,
  },
  police: {
    disposition: OFFICE_VALUES.opaDisposition,
    dispositionReaders: ['opa'],
    wordReaders: ['opa'],
  },
  fraud: {
    disposition: OFFICE_VALUES.auditDisclosure,
    dispositionReaders: CITY_STAFF,
    wordReaders: ['audit'],
  },
  civil: { disposition: null, dispositionReaders: [], wordReaders: ['title_vi_coordinator'] },
};

/** The agencies whose entries in the history are no office's: intake's and routing's. */
const SHARED_AGENCIES = ['intake', 'routing'];

/** Findings no field outside the office may carry, whoever reads. */
const FINDINGS = /UPHELD|upheld|SUSTAINED|sustained|SUBSTANTIATED|substantiated/;

const READ_CASE = graphql(`
  query RestrictedValuesCase($id: ID!, $sr: String!) {
    case(id: $id) {
      id
      outcome {
        outcome
        disposition
        appealWindowClosesAt
      }
      statusHistory {
        status
        agency
        agencyStatus
        reason
      }
    }
    trackCase(srNumber: $sr) {
      srNumber
      status
      responsibleBody
      closedAt
    }
  }
`);

const READ_REFERRED = graphql(`
  query RestrictedValuesReferred {
    referredTitleVICases(first: 100) {
      id
      statusHistory {
        status
        agency
        agencyStatus
        reason
      }
    }
  }
`);

const SUMMARIES = graphql(`
  query RestrictedValuesSummaries($from: String!, $to: String!) {
    hrMonthlySummary(fromMonth: $from, toMonth: $to) {
      month
      category
      status
      count
    }
    opaMonthlySummary(fromMonth: $from, toMonth: $to) {
      month
      category
      status
      count
    }
    auditMonthlySummary(fromMonth: $from, toMonth: $to) {
      month
      category
      status
      count
    }
  }
`);

const TITLE_VI_LOG = graphql(`
  query RestrictedValuesTitleViLog($from: DateTimeISO!, $to: DateTimeISO!) {
    titleVILog(from: $from, to: $to) {
      caseId
      stage
      status
      referredTo
      disposition
    }
  }
`);

const ROUTING_ACCESS_LOG = graphql(`
  query RestrictedValuesRoutingLog($caseId: ID!) {
    routingAccessLog(caseId: $caseId, first: 100) {
      readerSubject
      field
      granted
    }
  }
`);

/** Every subgraph's access log, each read by a role that may: who tried to read what. */
const ACCESS_LOGS = [
  ['intakeAccessLog', 'audit'],
  ['routingAccessLog', 'audit'],
  ['hrAccessLog', 'hr'],
  ['opaAccessLog', 'opa'],
  ['auditAccessLog', 'audit'],
  ['titleVIAccessLog', 'title_vi_coordinator'],
] as const;

type HistoryEntry = {
  status: string;
  agency: string;
  agencyStatus?: string | null;
  reason?: string | null;
};

describe('restricted values through the fields other subgraphs serve, as every role', () => {
  let hub: TestHub;
  let cases: OfficeCases;
  const tokens = new Map<string, Promise<string | undefined>>();

  const tokenOf = (caller: Caller, fixture: Fixture): Promise<string | undefined> => {
    if (caller.roles.length === 0) return Promise.resolve(undefined);
    const department = caller.name.startsWith('department_')
      ? cases.departments[fixture]
      : undefined;
    const key = `${caller.name}|${department ?? ''}`;
    if (!tokens.has(key)) {
      tokens.set(
        key,
        hub.token(caller.roles, {
          subject: `values-${caller.name}`,
          department,
          agency: caller.agency,
        }),
      );
    }
    return tokens.get(key)!;
  };

  /** The office's history as the office itself reads it: the values the others must not get. */
  const officeHistory = new Map<Fixture, HistoryEntry[]>();

  beforeAll(async () => {
    hub = await startTestHub({
      subgraphs: ['intake', 'routing', 'hr', 'police-referrals', 'internal-audit', 'civil-rights'],
      label: 'e2e-restricted-values',
    });
    cases = await openOfficeCases(hub);
    // Routing hears each office's closure by its event: wait until it shows the outcome.
    const agent = await hub.token(['agent'], { subject: 'values-setup' });
    const audit = await hub.token(['audit'], { subject: 'values-setup' });
    for (const [fixture, token] of [
      ['staff', agent],
      ['fraud', audit],
    ] as const) {
      await waitFor(
        () => hub.query(READ_CASE, { id: cases.ids[fixture], sr: cases.srNumbers[fixture] }, token),
        (answer) => answer.data?.case?.outcome?.outcome === 'CLOSED',
        45_000,
        `routing to hear that the ${fixture} case was closed`,
      );
    }
    for (const [fixture, role] of [
      ['staff', 'hr'],
      ['police', 'opa'],
      ['fraud', 'audit'],
      ['civil', 'title_vi_coordinator'],
    ] as const) {
      const answer = await hub.query(
        READ_CASE,
        { id: cases.ids[fixture], sr: cases.srNumbers[fixture] },
        await hub.token([role], { subject: `values-owner-${role}` }),
      );
      officeHistory.set(fixture, answer.data!.case!.statusHistory!);
    }
  }, 240_000);

  afterAll(async () => {
    await hub?.stop();
  });

  const errorsAt = (answer: GraphQLAnswer, path: string) =>
    (answer.errors ?? []).filter((error) => error.path?.join('.') === path);

  it('each office wrote its own words into the history, and closed its case for everyone else as CLOSED', () => {
    expect(officeHistory.get('police')!.map((entry) => entry.agencyStatus)).toContain(
      OFFICE_VALUES.opaWord,
    );
    expect(
      officeHistory.get('civil')!.some((entry) => entry.agencyStatus?.includes(REFERRED_AGENCY)),
    ).toBe(true);
    expect(officeHistory.get('fraud')!.map((entry) => entry.status)).toContain('CLOSED');
  });

  it('Case.outcome and Case.statusHistory give every role the disclosed value or FORBIDDEN, and never a finding', async () => {
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      for (const fixture of ['staff', 'police', 'fraud', 'civil'] as const) {
        const rule = OFFICE_RULES[fixture];
        const token = await tokenOf(caller, fixture);
        const answer = await hub.query(
          READ_CASE,
          { id: cases.ids[fixture], sr: cases.srNumbers[fixture] },
          token,
        );
        const label = `${caller.name} on the ${fixture} case`;
        const shown = JSON.stringify(answer.data);
        if (FINDINGS.test(shown)) mismatches.push(`${label}: a finding arrived: ${shown}`);
        // Public tracking always arrives, and carries the hub's words only.
        if (answer.data?.trackCase?.srNumber !== cases.srNumbers[fixture]) {
          mismatches.push(`${label}: public tracking is missing`);
        }
        const tracking = JSON.stringify(answer.data?.trackCase);
        for (const word of [REFERRED_AGENCY, OFFICE_VALUES.opaWord, rule.disposition ?? '\u0000']) {
          if (tracking.includes(word)) mismatches.push(`${label}: public tracking shows "${word}"`);
        }
        const found = answer.data?.case;
        if (!found) continue; // Query.case itself is refused to this role: nothing leaves

        // The outcome: the disclosed text for the readers the office named, else FORBIDDEN.
        if (rule.disposition !== null) {
          const mayRead = caller.roles.some((role) => rule.dispositionReaders.includes(role));
          // Refused by the field, or by routing's reference resolver for an office on a case
          // routed elsewhere (then on `case`, the part routing was asked for).
          const refused = [...errorsAt(answer, 'case.outcome'), ...errorsAt(answer, 'case')];
          if (mayRead && found.outcome) {
            if (
              found.outcome.outcome !== 'CLOSED' ||
              found.outcome.disposition !== rule.disposition
            ) {
              mismatches.push(`${label}: outcome ${JSON.stringify(found.outcome)}`);
            }
            if (found.outcome.appealWindowClosesAt !== null) {
              mismatches.push(`${label}: an office's closure is not appealed through routing`);
            }
          } else if (!mayRead) {
            if (found.outcome !== null) mismatches.push(`${label}: outcome arrived`);
            if (!refused.some((error) => error.extensions?.code === 'FORBIDDEN')) {
              mismatches.push(
                `${label}: outcome refused without FORBIDDEN (${JSON.stringify(refused)})`,
              );
            }
          }
        }

        // The history: the hub's words for every staff role; the office's words by its rule.
        const history = found.statusHistory;
        if (!history) {
          mismatches.push(`${label}: staff got no history (${JSON.stringify(answer.errors)})`);
          continue;
        }
        const mayReadWords = caller.roles.some((role) => rule.wordReaders.includes(role));
        const expected = officeHistory.get(fixture)!;
        if (history.map((entry) => entry.status).join() !== expected.map((e) => e.status).join()) {
          mismatches.push(`${label}: the hub statuses differ from the office's`);
        }
        history.forEach((entry, index) => {
          const own = expected[index]!;
          if (SHARED_AGENCIES.includes(own.agency)) return;
          for (const field of ['agencyStatus', 'reason'] as const) {
            const value = entry[field] ?? null;
            const written = own[field] ?? null;
            if (written === null) continue;
            const path = `case.statusHistory.${index}.${field}`;
            if (mayReadWords) {
              if (value !== written)
                mismatches.push(`${label}: ${path} is ${value}, not ${written}`);
            } else if (value !== null) {
              mismatches.push(`${label}: ${path} leaked "${value}"`);
            } else if (!errorsAt(answer, path).some((e) => e.extensions?.code === 'FORBIDDEN')) {
              mismatches.push(`${label}: ${path} withheld without FORBIDDEN`);
            }
          }
        });
      }
    }
    expect(mismatches).toEqual([]);
  }, 240_000);

  it('an outside agency reads the status of the complaint referred to it, not the coordinator words naming where it went', async () => {
    const token = await tokenOf(
      CALLERS.find((c) => c.name === 'referred_agency')!,
      'civil',
    );
    const answer = await hub.query(READ_REFERRED, {}, token);
    const index = answer.data!.referredTitleVICases.findIndex((c) => c.id === cases.ids.civil);
    expect(index).toBeGreaterThanOrEqual(0);
    const history = answer.data!.referredTitleVICases[index]!.statusHistory!;
    expect(history.map((entry) => entry.status)).toContain('REFERRED');
    const officeEntries = history.filter((entry) => entry.agency === 'title-vi');
    expect(officeEntries.length).toBeGreaterThan(0);
    expect(officeEntries.every((entry) => entry.agencyStatus === null)).toBe(true);
    expect(
      (answer.errors ?? []).some(
        (error) =>
          error.extensions?.code === 'FORBIDDEN' &&
          error.path?.join('.').startsWith(`referredTitleVICases.${index}.statusHistory`),
      ),
    ).toBe(true);
  });

  it('the monthly summaries and the Title VI log carry counts and the coordinator’s own words, never another office’s finding or disposition', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const secrets = [
      OFFICE_VALUES.hrDisclosure,
      OFFICE_VALUES.opaDisposition,
      OFFICE_VALUES.opaWord,
    ];
    for (const caller of CALLERS) {
      const token = await tokenOf(caller, 'service');
      const summaries = await hub.query(SUMMARIES, { from: month, to: month }, token);
      const log = await hub.query(
        TITLE_VI_LOG,
        {
          from: new Date(Date.now() - 86_400_000).toISOString(),
          to: new Date(Date.now() + 86_400_000).toISOString(),
        },
        token,
      );
      for (const shown of [JSON.stringify(summaries.data), JSON.stringify(log.data)]) {
        expect(shown).not.toMatch(FINDINGS);
        for (const secret of secrets) expect(shown).not.toContain(secret);
      }
      if (caller.name === 'analyst') {
        expect(summaries.errors).toBeUndefined();
        expect(summaries.data!.opaMonthlySummary.length).toBeGreaterThan(0);
      }
      if (caller.name === 'title_vi_coordinator') {
        expect(log.data!.titleVILog.map((entry) => entry.caseId)).toContain(cases.ids.civil);
      }
    }
  });

  it('the referred agency’s feed carries the case’s hub statuses without the coordinator’s words or any other office’s', async () => {
    const { events } = await readTopic<
      EventEnvelope<{ agencyStatus?: string | null; readers?: string[] }>
    >(
      [process.env.KAFKA_BROKERS!].flatMap((brokers) => brokers.split(',')),
      `${hub.topic}.agency.${REFERRED_AGENCY}`,
      (seen) => seen.some((event) => event.type === CASE_STATUS_CHANGED),
      45_000,
    );
    const changes = events.filter((event) => event.type === CASE_STATUS_CHANGED);
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(change.subject).toBe(cases.ids.civil);
      expect(change.data.agencyStatus ?? null).toBeNull();
    }
    const shown = JSON.stringify(events);
    expect(shown).not.toMatch(FINDINGS);
    expect(events.some((event) => event.type === CASE_COMPLETED)).toBe(false);
  });

  it('every read of an office’s value is on the access log of the subgraph that served it, granted or refused', async () => {
    // Routing serves Case.outcome: the office's readers granted, the others refused.
    const routingLog = async (fixture: Fixture) =>
      (
        await hub.query(
          ROUTING_ACCESS_LOG,
          { caseId: cases.ids[fixture] },
          await hub.token(['audit'], { subject: 'values-log-reader' }),
        )
      ).data!.routingAccessLog;
    const staffLog = await routingLog('staff');
    expect(staffLog).toEqual(
      expect.arrayContaining([
        { readerSubject: 'values-hr', field: 'outcome', granted: true },
        { readerSubject: 'values-agent', field: 'outcome', granted: true },
        { readerSubject: 'values-analyst', field: 'outcome', granted: false },
        { readerSubject: 'values-council', field: 'outcome', granted: false },
      ]),
    );
    expect(await routingLog('police')).toEqual(
      expect.arrayContaining([
        { readerSubject: 'values-opa', field: 'outcome', granted: true },
        { readerSubject: 'values-agent', field: 'outcome', granted: false },
      ]),
    );

    // The history is served by whichever subgraph the gateway was calling: one of the logs
    // holds each attempt on OPA's words.
    const entries: { readerSubject: string; field: string; granted: boolean; caseId: string }[] =
      [];
    for (const [query, role] of ACCESS_LOGS) {
      const answer = await hub.query(
        `query($caseId: ID!) { log: ${query}(caseId: $caseId, first: 100) { readerSubject field granted caseId } }`,
        { caseId: cases.ids.police },
        await hub.token([role], { subject: 'values-log-reader' }),
      );
      expect(answer.errors).toBeUndefined();
      entries.push(...answer.data.log);
    }
    expect(entries).toEqual(
      expect.arrayContaining([
        {
          readerSubject: 'values-opa',
          field: 'statusHistory.agencyStatus',
          granted: true,
          caseId: cases.ids.police,
        },
        {
          readerSubject: 'values-analyst',
          field: 'statusHistory.agencyStatus',
          granted: false,
          caseId: cases.ids.police,
        },
        {
          readerSubject: 'values-department_head',
          field: 'statusHistory.agencyStatus',
          granted: false,
          caseId: cases.ids.police,
        },
      ]),
    );
  });

  it('every subgraph that serves the history applies the office’s rule, and none serves it to a resident or an outside agency', async () => {
    const ENTITY_HISTORY = `query($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Case { id status statusHistory { status agency agencyStatus } }
      }
    }`;
    const representations = [{ __typename: 'Case', id: cases.ids.police }];
    const analyst = await hub.token(['analyst'], { subject: 'values-direct-analyst' });
    const opa = await hub.token(['opa'], { subject: 'values-direct-opa' });
    const resident = await hub.token(['resident'], { subject: 'values-direct-resident' });
    const agency = await hub.token(['external_agency'], {
      subject: 'values-direct-agency',
      agency: REFERRED_AGENCY,
    });
    const servedBy = [
      'intake',
      'routing',
      'hr',
      'police-referrals',
      'internal-audit',
      'civil-rights',
    ];
    for (const name of servedBy) {
      const url = hub.subgraphs.get(name)!.url;
      const ask = (token: string) => postGraphql(url, ENTITY_HISTORY, { representations }, token);

      const asOpa = (await ask(opa)).body;
      const opaHistory: HistoryEntry[] = asOpa.data._entities[0].statusHistory;
      expect({ name, words: opaHistory.map((e) => e.agencyStatus) }).toEqual({
        name,
        words: expect.arrayContaining([OFFICE_VALUES.opaWord]),
      });

      const asAnalyst = (await ask(analyst)).body;
      const analystHistory: HistoryEntry[] = asAnalyst.data._entities[0].statusHistory;
      expect({ name, statuses: analystHistory.map((e) => e.status) }).toEqual({
        name,
        statuses: opaHistory.map((e) => e.status),
      });
      expect({
        name,
        leaked: JSON.stringify(analystHistory).includes(OFFICE_VALUES.opaWord),
      }).toEqual({
        name,
        leaked: false,
      });

      for (const token of [resident, agency]) {
        const refused = (await ask(token)).body;
        expect({ name, history: refused.data?._entities?.[0]?.statusHistory ?? null }).toEqual({
          name,
          history: null,
        });
        expect(
          refused.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code),
        ).toContain('FORBIDDEN');
      }
    }
  });
});
