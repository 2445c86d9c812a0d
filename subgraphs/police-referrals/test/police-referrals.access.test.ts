import { countSql, refusal } from '@hub/local-stack';
import {
  ACCEPT,
  dataOf,
  entities,
  ENTITIES,
  nextOpaNumber,
  openReferral,
  PERSON_ROLES,
  RECORD_OUTCOME,
  startPoliceReferrals,
  type Harness,
} from './support';
import { graphql } from './graphql';
import type { OpaReferralFieldsFragment } from './graphql/graphql';

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
type ReferralField = keyof OpaReferralFieldsFragment;
const EXPECTED_READERS: Record<ReferralField, 'referral' | string[]> = {
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
const ROLES: string[] = PERSON_ROLES;

/** The fields of EXPECTED_READERS, typed. */
const REFERRAL_FIELDS = Object.keys(EXPECTED_READERS) as ReferralField[];

const ACCESS_LOG = graphql(`
  query OpaAccessLog($caseId: ID) {
    opaAccessLog(caseId: $caseId, first: 100) {
      readerSubject
      readerRoles
      caseId
      field
      granted
      readAt
    }
  }
`);

const REFERRAL_TYPE_FIELDS = graphql(`
  query OpaReferralTypeFields {
    __type(name: "OpaReferral") {
      fields {
        name
        type {
          kind
        }
      }
    }
  }
`);

const CASE_TYPE_FIELDS = graphql(`
  query CaseTypeFields {
    __type(name: "Case") {
      fields {
        name
        type {
          kind
        }
      }
    }
  }
`);

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
    const fields = dataOf(await harness.graphql(REFERRAL_TYPE_FIELDS, {}, opa)).__type!.fields!;
    expect(fields.map((f) => f.name).sort()).toEqual([...REFERRAL_FIELDS].sort());
    for (const field of fields) {
      if (EXPECTED_READERS[field.name as ReferralField] !== 'referral')
        expect(field.type.kind).not.toBe('NON_NULL');
    }
    const caseFields = dataOf(await harness.graphql(CASE_TYPE_FIELDS, {}, opa)).__type!.fields!;
    const opaReferral = caseFields.find((f) => f.name === 'opaReferral');
    expect(opaReferral!.type.kind).not.toBe('NON_NULL');
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
      const found = answer.body.data!._entities[0]!;
      expect(found.id).toBe(caseId); // the rest of the answer is intact
      const errors = answer.body.errors ?? [];
      const refusedPaths = errors.map((e) => e.path!.join('.'));
      for (const error of errors) expect(error.extensions!.code).toBe('FORBIDDEN');
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
      for (const field of REFERRAL_FIELDS) {
        const readers = EXPECTED_READERS[field];
        const allowed = readers === 'referral' || readers.includes(role);
        if (readers !== 'referral') expectedLog[`opaReferral.${field}`] = allowed;
        if (allowed) {
          expect({ [field]: found.opaReferral![field] }).toEqual({ [field]: values[field] });
        } else {
          expect({ [field]: found.opaReferral![field] }).toEqual({ [field]: null });
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
      expect(answer.body.data?._entities[0]).toEqual({ id: caseId, opaReferral: null });
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
    const found = dataOf(answer)._entities;
    expect(found.map((c) => c!.opaReferral?.destination ?? null)).toEqual([
      'OPA',
      'FIRE_OPERATIONS',
      null,
    ]);
    expect(found[0]!.opaReferral!.opaNumber).toBe(opaNumber);
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
      const entries = dataOf(answer).opaAccessLog;
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
});
