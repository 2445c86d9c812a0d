import { CaseStatus, type Role } from '@hub/contracts';
import type { Caller } from '@hub/service-kit';
import { OpaClassification, OpaDestination } from './opa-referral.enums';
import {
  accessLogField,
  destinationOf,
  OPA_WORKING_STATUSES,
  referralReadersFor,
  refusalOf,
  refusalToAccept,
  RESTRICTED_FIELD_READERS,
  refusalToRecord,
  shouldMoveReferral,
  shouldOpenReferral,
  summaryCategoryOf,
  validateOpaNumber,
  validateOpaStatus,
  validateOutcome,
} from './opa-referral.rules';

const DEPARTMENTS = { opa: 'police-opa', fireOperations: 'fire-operations' };
const OPA_NUMBER = /^\d{4}OPA-\d{4}$/;

function caller(roles: Role[], department: string | null = null): Caller {
  return { subject: 'someone', roles, department, agency: null, anonymous: false };
}

describe('which police conduct concerns become referrals, and where they go', () => {
  it('sends sworn police staff to OPA and sworn fire staff to Fire Operations, by department', () => {
    expect(destinationOf(DEPARTMENTS, 'police-opa')).toBe(OpaDestination.OPA);
    expect(destinationOf(DEPARTMENTS, 'fire-operations')).toBe(OpaDestination.FIRE_OPERATIONS);
    expect(destinationOf(DEPARTMENTS, 'human-resources')).toBeNull();
    expect(destinationOf(DEPARTMENTS, null)).toBeNull();
  });

  it('follows the configured department ids', () => {
    const renamed = { opa: 'opa-intake', fireOperations: 'fire-ops' };
    expect(destinationOf(renamed, 'opa-intake')).toBe(OpaDestination.OPA);
    expect(destinationOf(renamed, 'police-opa')).toBeNull();
  });

  it('refers only police conduct concerns, and only once routing chose one of the two offices', () => {
    expect(shouldOpenReferral('police_conduct', OpaDestination.OPA)).toBe(true);
    expect(shouldOpenReferral('police_conduct', OpaDestination.FIRE_OPERATIONS)).toBe(true);
    expect(shouldOpenReferral('service_complaint', OpaDestination.FIRE_OPERATIONS)).toBe(false);
    expect(shouldOpenReferral('staff_complaint', OpaDestination.OPA)).toBe(false);
    expect(shouldOpenReferral(null, OpaDestination.OPA)).toBe(false); // kind not heard yet
    expect(shouldOpenReferral('police_conduct', null)).toBe(false);
  });
});

describe('a re-routing between the two offices', () => {
  const at = new Date('2026-11-23T10:00:00Z');
  const waiting = { destination: OpaDestination.OPA, acceptedAt: null, closedAt: null };

  it('moves a waiting referral to the other office', () => {
    expect(shouldMoveReferral(waiting, OpaDestination.FIRE_OPERATIONS)).toBe(true);
    expect(shouldMoveReferral(waiting, OpaDestination.OPA)).toBe(false); // same office: nothing
  });

  it('leaves an accepted or closed referral with the office that has it', () => {
    const accepted = { ...waiting, acceptedAt: at };
    expect(shouldMoveReferral(accepted, OpaDestination.FIRE_OPERATIONS)).toBe(false);
    const closed = { ...accepted, closedAt: at };
    expect(shouldMoveReferral(closed, OpaDestination.FIRE_OPERATIONS)).toBe(false);
  });
});

describe('what OPA reports back', () => {
  it.each(['2026OPA-0123', '1999OPA-0001'])('accepts the OPA number %s', (number) => {
    expect(validateOpaNumber(number, OPA_NUMBER)).toEqual([]);
  });

  it.each(['2026-OPA-0123', '26OPA-0123', '2026OPA-123', '2026opa-0123', '', ' 2026OPA-0123x'])(
    'refuses %p as an OPA number, naming opaNumber',
    (number) => {
      expect(validateOpaNumber(number, OPA_NUMBER)).toEqual([
        { field: 'opaNumber', message: expect.stringContaining('2026OPA-0123') },
      ]);
    },
  );

  it("takes OPA's status word in any language, without digits", () => {
    expect(validateOpaStatus('Investigation in progress', CaseStatus.IN_PROGRESS)).toEqual([]);
    expect(validateOpaStatus('enquête en cours', CaseStatus.IN_PROGRESS)).toEqual([]);
    expect(
      validateOpaStatus('awaiting complainant’s statement', CaseStatus.AWAITING_INFORMATION),
    ).toEqual([]);
  });

  it.each([
    ['blank', ''],
    ['only spaces', '   '],
    ['with the OPA number', 'intake 2026OPA-0123'],
    ['with digits', 'day 30 of 180'],
    ['over 200 characters', 'x'.repeat(201)],
  ])('refuses an OPA status %s, naming opaStatus', (_label, word) => {
    expect(validateOpaStatus(word, CaseStatus.IN_PROGRESS).map((p) => p.field)).toEqual([
      'opaStatus',
    ]);
  });

  it('lets OPA report only working statuses: closing goes through the outcome', () => {
    for (const status of OPA_WORKING_STATUSES) {
      expect(validateOpaStatus('working', status)).toEqual([]);
    }
    for (const status of [
      CaseStatus.CLOSED,
      CaseStatus.RESOLVED,
      CaseStatus.WITHDRAWN,
      CaseStatus.REFERRED,
      CaseStatus.RECEIVED,
    ]) {
      expect(validateOpaStatus('working', status).map((p) => p.field)).toEqual(['status']);
    }
  });

  it('needs a disposition for the reporter and bounds both texts', () => {
    expect(validateOutcome({ disposition: 'OPA has reviewed your concern.' })).toEqual([]);
    expect(validateOutcome({ disposition: ' ' }).map((p) => p.field)).toEqual(['disposition']);
    expect(validateOutcome({ disposition: 'x'.repeat(4001) }).map((p) => p.field)).toEqual([
      'disposition',
    ]);
    expect(
      validateOutcome({ disposition: 'ok', summary: 'y'.repeat(4001) }).map((p) => p.field),
    ).toEqual(['summary']);
  });

  it('accepts once, records only on an accepted open referral, and nothing after closing', () => {
    const at = new Date('2026-11-23T10:00:00Z');
    const waiting = { acceptedAt: null, closedAt: null };
    const accepted = { acceptedAt: at, closedAt: null };
    const closed = { acceptedAt: at, closedAt: at };
    expect(refusalToAccept(waiting)).toBeNull();
    expect(refusalToAccept(accepted)).toMatch(/already accepted/);
    expect(refusalToAccept(closed)).toMatch(/closed/);
    expect(refusalToRecord(waiting)).toMatch(/not accepted/);
    expect(refusalToRecord(accepted)).toBeNull();
    expect(refusalToRecord(closed)).toMatch(/closed/);
  });
});

describe('who may read what', () => {
  it('keeps every OPA detail for role opa alone', () => {
    for (const field of [
      'opaNumber',
      'classification',
      'agencyStatus',
      'outcome',
      'outcomeSummary',
      'disposition',
    ] as const) {
      expect(RESTRICTED_FIELD_READERS[field]).toEqual(['opa']);
    }
  });

  it('shows a referral to agents, OPA and the overseers, and to the staff of its own department only', () => {
    expect(referralReadersFor(caller(['agent']), 'police-opa')).toEqual(
      expect.arrayContaining(['agent', 'opa', 'analyst', 'council']),
    );
    expect(referralReadersFor(caller(['department_staff'], 'police-opa'), 'police-opa')).toEqual(
      expect.arrayContaining(['department_staff', 'department_head']),
    );
    expect(referralReadersFor(caller(['department_staff'], 'parks'), 'police-opa')).not.toContain(
      'department_staff',
    );
    expect(referralReadersFor(caller(['department_head'], 'parks'), null)).not.toContain(
      'department_head',
    );
    for (const role of ['resident', 'external_agency', 'hr', 'audit', 'title_vi_coordinator']) {
      expect(referralReadersFor(caller([role as Role]), 'police-opa')).not.toContain(role);
    }
  });

  it('logs reads under the Case field, then the OpaReferral field, and refuses without a value', () => {
    expect(accessLogField(null)).toBe('opaReferral');
    expect(accessLogField('opaNumber')).toBe('opaReferral.opaNumber');
    expect(refusalOf('opaNumber')).toMatch(/^opaReferral\.opaNumber: .*OPA only/);
  });

  it('summarises by destination and classification, with no name in the category', () => {
    expect(summaryCategoryOf(OpaDestination.OPA, OpaClassification.SUPERVISOR_ACTION)).toBe(
      'opa.supervisor_action',
    );
    expect(summaryCategoryOf(OpaDestination.FIRE_OPERATIONS, null)).toBe(
      'fire_operations.unclassified',
    );
  });
});
