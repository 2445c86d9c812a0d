import { countSql, refusal } from '@hub/local-stack';
import {
  ACCEPT,
  entities,
  ENTITIES,
  nextOpaNumber,
  openReferral,
  RECORD_OUTCOME,
  startPoliceReferrals,
  type Harness,
} from './police-referrals.fixtures';

/*
 * Who may read what of a referral. The expectations are written here, not imported from the
 * rules, and every field of OpaReferral the schema has must appear below: a field added
 * without deciding who reads it fails the first test.
 */
const REFERRAL_READERS = [
  'agent',
  'opa',
  'analyst',
  'council',
  'department_staff',
  'department_head',
];
const EXPECTED_READERS: Record<string, 'referral' | string[]> = {
  destination: 'referral',
  forwardedAt: 'referral',
  status: 'referral',
  acceptedAt: 'referral',
  closedAt: 'referral',
  opaNumber: ['opa'],
  classification: ['opa'],
  agencyStatus: ['opa'],
  outcome: ['opa'],
  outcomeSummary: ['opa'],
  disposition: ['opa'],
};
const ROLES = [
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
];

const SUMMARY = `query($from: String!, $to: String!) {
  opaMonthlySummary(fromMonth: $from, toMonth: $to) { month category status count } }`;
const ACCESS_LOG = `query($caseId: ID) {
  opaAccessLog(caseId: $caseId, first: 100) { readerSubject readerRoles caseId field granted readAt } }`;

/** Months around the test run, so a run across a month's end still finds its referrals. */
function monthFromNow(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1))
    .toISOString()
    .slice(0, 7);
}
const MONTHS = { from: monthFromNow(-1), to: monthFromNow(1) };

describe('police referrals: who reads what, against real PostgreSQL and Kafka', () => {
  let harness: Harness;
  let opa: string;
  let caseId: string;
  let opaNumber: string;
  const disposition = 'OPA reviewed your concern; the allegation was not sustained.';
  const outcomeSummary = 'Body-worn video reviewed; conduct within policy.';

  beforeAll(async () => {
    harness = await startPoliceReferrals('access');
    opa = await harness.token(['opa'], { subject: 'opa-setup' });
    // A closed referral: every field has a value, so a null can only mean a refusal.
    caseId = await openReferral(harness);
    opaNumber = nextOpaNumber();
    await harness.graphql(ACCEPT, { caseId, opaNumber, classification: 'INVESTIGATION' }, opa);
    const closed = await harness.graphql(
      RECORD_OUTCOME,
      { caseId, outcome: 'NOT_SUSTAINED_LAWFUL_AND_PROPER', disposition, summary: outcomeSummary },
      opa,
    );
    expect(closed.body.errors).toBeUndefined();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('has a reading rule for every field of OpaReferral, and every restricted field is nullable', async () => {
    const answer = await harness.graphql(
      `{ __type(name: "OpaReferral") { fields { name type { kind } } } }`,
      {},
      opa,
    );
    const fields: { name: string; type: { kind: string } }[] = answer.body.data.__type.fields;
    expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(EXPECTED_READERS).sort());
    for (const field of fields) {
      if (EXPECTED_READERS[field.name] !== 'referral') expect(field.type.kind).not.toBe('NON_NULL');
    }
    const caseField = await harness.graphql(
      `{ __type(name: "Case") { fields { name type { kind } } } }`,
      {},
      opa,
    );
    const opaReferral = caseField.body.data.__type.fields.find(
      (f: any) => f.name === 'opaReferral',
    );
    expect(opaReferral.type.kind).not.toBe('NON_NULL');
  });

  const expectedValues = () => ({
    destination: 'OPA',
    forwardedAt: expect.any(String),
    status: 'CLOSED',
    acceptedAt: expect.any(String),
    closedAt: expect.any(String),
    opaNumber,
    classification: 'INVESTIGATION',
    agencyStatus: 'closed',
    outcome: 'NOT_SUSTAINED_LAWFUL_AND_PROPER',
    outcomeSummary,
    disposition,
  });

  it.each(ROLES)(
    '%s sees what its role allows, FORBIDDEN for the rest, and every attempt is logged',
    async (role) => {
      const subject = `matrix-${role}`;
      const token = await harness.token([role], { subject, department: 'police-opa' });
      const answer = await harness.graphql(ENTITIES, entities(caseId), token);
      expect(answer.status).toBe(200);
      const found = answer.body.data._entities[0];
      expect(found.id).toBe(caseId); // the rest of the answer is intact
      const errors = answer.body.errors ?? [];
      const refusedPaths = errors.map((e: any) => e.path.join('.'));
      for (const error of errors) expect(error.extensions.code).toBe('FORBIDDEN');
      const log = await harness.sql<{ field: string; granted: boolean }>(
        `select field, granted from restricted_field_read
        where reader_subject = ? and case_id = ? order by field`,
        [subject, caseId],
      );
      const logged = Object.fromEntries(log.map((row) => [row.field, row.granted]));

      if (!REFERRAL_READERS.includes(role)) {
        expect(found.opaReferral).toBeNull();
        expect(refusedPaths).toEqual(['_entities.0.opaReferral']);
        expect(logged).toEqual({ opaReferral: false });
        return;
      }

      const values = expectedValues();
      const expectedLog: Record<string, boolean> = { opaReferral: true };
      const expectedRefusals: string[] = [];
      for (const [field, readers] of Object.entries(EXPECTED_READERS)) {
        const allowed = readers === 'referral' || readers.includes(role);
        if (readers !== 'referral') expectedLog[`opaReferral.${field}`] = allowed;
        if (allowed) {
          expect({ [field]: found.opaReferral[field] }).toEqual({
            [field]: values[field as keyof typeof values],
          });
        } else {
          expect({ [field]: found.opaReferral[field] }).toEqual({ [field]: null });
          expectedRefusals.push(`_entities.0.opaReferral.${field}`);
        }
      }
      expect([...refusedPaths].sort()).toEqual(expectedRefusals.sort());
      expect(logged).toEqual(expectedLog);
    },
  );

  it("shows a referral to the staff of the department it went to, not to another department's", async () => {
    for (const role of ['department_staff', 'department_head']) {
      const subject = `parks-${role}`;
      const token = await harness.token([role], { subject, department: 'parks' });
      const answer = await harness.graphql(ENTITIES, entities(caseId), token);
      expect(answer.body.data._entities[0]).toEqual({ id: caseId, opaReferral: null });
      expect(refusal(answer).code).toBe('FORBIDDEN');
      expect(
        await harness.count('restricted_field_read', 'reader_subject = ? and granted = false', [
          subject,
        ]),
      ).toBe(1);
    }
  });

  it('reads N cases in one answer with one query, each with its own referral or none', async () => {
    const other = await openReferral(harness, 'fire-operations');
    const token = await harness.token(['opa'], { subject: 'opa-batch' });
    const sql = countSql(harness.subgraph.orm);
    const answer = await harness.graphql(
      ENTITIES,
      entities(caseId, other, '00000000-0000-4000-8000-000000000000'),
      token,
    );
    sql.stop();
    expect(answer.body.errors).toBeUndefined();
    const found = answer.body.data._entities;
    expect(found.map((c: any) => c.opaReferral?.destination ?? null)).toEqual([
      'OPA',
      'FIRE_OPERATIONS',
      null,
    ]);
    expect(found[0].opaReferral.opaNumber).toBe(opaNumber);
    // Three cases, eleven fields each: one read of the referrals, and the log written once per
    // level of the answer (the referrals, then their fields), however many cases there are.
    expect(sql.touching('select', 'opa_referral')).toBe(1);
    expect(sql.touching('insert', 'restricted_field_read')).toBe(2);
    expect(await harness.count('restricted_field_read', 'reader_subject = ?', ['opa-batch'])).toBe(
      3 + 2 * 6,
    ); // each case's opaReferral, and the six OPA details of the two referrals
  });

  describe("OPA's access log", () => {
    it('shows OPA every read and refusal of the case, newest first', async () => {
      const agent = await harness.token(['agent'], { subject: 'agent-curious' });
      await harness.graphql(ENTITIES, entities(caseId), agent);
      const answer = await harness.graphql(ACCESS_LOG, { caseId }, opa);
      expect(answer.body.errors).toBeUndefined();
      const entries: any[] = answer.body.data.opaAccessLog;
      expect(entries.every((e) => e.caseId === caseId)).toBe(true);
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            readerSubject: 'agent-curious',
            readerRoles: ['agent'],
            field: 'opaReferral.opaNumber',
            granted: false,
          }),
          expect.objectContaining({
            readerSubject: 'agent-curious',
            field: 'opaReferral',
            granted: true,
          }),
        ]),
      );
      const times = entries.map((e) => Date.parse(e.readAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it.each(ROLES.filter((role) => role !== 'opa'))('is refused to %s', async (role) => {
      const answer = await harness.graphql(
        ACCESS_LOG,
        { caseId },
        await harness.token([role], { department: 'police-opa' }),
      );
      expect(refusal(answer).code).toBe('FORBIDDEN');
      expect(answer.body.data).toBeNull();
    });
  });

  describe('the monthly summary to the Mayor and Council', () => {
    async function summary(token: string) {
      const answer = await harness.graphql(SUMMARY, MONTHS, token);
      expect(answer.body.errors).toBeUndefined();
      return answer.body.data.opaMonthlySummary as {
        month: string;
        category: string;
        status: string;
        count: number;
      }[];
    }
    const countOf = (rows: Awaited<ReturnType<typeof summary>>, category: string, status: string) =>
      rows
        .filter((row) => row.category === category && row.status === status)
        .reduce((sum, row) => sum + row.count, 0);

    it('counts referrals by destination and classification and status', async () => {
      const council = await harness.token(['council'], { subject: 'council-member-3' });
      const before = await summary(council);
      await openReferral(harness, 'fire-operations');
      const accepted = await openReferral(harness);
      await harness.graphql(
        ACCEPT,
        { caseId: accepted, opaNumber: nextOpaNumber(), classification: 'CONTACT_LOG' },
        opa,
      );
      const after = await summary(council);

      expect(countOf(after, 'fire_operations.unclassified', 'referred')).toBe(
        countOf(before, 'fire_operations.unclassified', 'referred') + 1,
      );
      expect(countOf(after, 'opa.contact_log', 'in_progress')).toBe(
        countOf(before, 'opa.contact_log', 'in_progress') + 1,
      );
      expect(countOf(after, 'opa.investigation', 'closed')).toBeGreaterThanOrEqual(1);
      const total = after.reduce((sum, row) => sum + row.count, 0);
      expect(total).toBe(await harness.count('opa_referral'));
    });

    it('holds counts only: no OPA number, no text of OPA, no name', async () => {
      const rows = await summary(await harness.token(['analyst']));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(Object.keys(row).sort()).toEqual(['category', 'count', 'month', 'status']);
        expect([MONTHS.from, monthFromNow(0), MONTHS.to]).toContain(row.month);
        expect(row.category).toMatch(/^(opa|fire_operations)\.[a-z_]+$/);
        expect(row.status).toMatch(/^[a-z_]+$/);
        expect(Number.isInteger(row.count)).toBe(true);
      }
      const text = JSON.stringify(rows);
      for (const secret of [
        opaNumber,
        'OPA-',
        disposition,
        outcomeSummary,
        'matrix-',
        'opa-setup',
      ]) {
        expect(text).not.toContain(secret);
      }
    });

    it.each(['opa', 'council', 'analyst'])('is readable by %s', async (role) => {
      expect(Array.isArray(await summary(await harness.token([role])))).toBe(true);
    });

    it.each(ROLES.filter((role) => !['opa', 'council', 'analyst'].includes(role)))(
      'is refused to %s',
      async (role) => {
        const answer = await harness.graphql(
          SUMMARY,
          MONTHS,
          await harness.token([role], { department: 'police-opa' }),
        );
        expect(refusal(answer).code).toBe('FORBIDDEN');
      },
    );

    it.each([
      [{ from: '2026-13', to: '2026-12' }, 'fromMonth'],
      [{ from: 'last month', to: '2026-12' }, 'fromMonth'],
      [{ from: '2026-01', to: '2026/02' }, 'toMonth'],
      [{ from: '2026-05', to: '2026-01' }, 'toMonth'],
      [{ from: '2020-01', to: '2026-12' }, 'toMonth'],
    ])('refuses the months %j naming %s', async (variables, field) => {
      const answer = await harness.graphql(SUMMARY, variables, opa);
      expect(refusal(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });
});
