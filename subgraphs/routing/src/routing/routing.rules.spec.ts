import { Priority } from '../cases/case.enums';
import {
  DEMO_ROUTING_TABLE_FILE,
  loadRoutingTable,
  parseRoutingTable,
  RoutingTableError,
} from './routing-table';
import {
  decideRoute,
  priorityOf,
  referralDisposition,
  validateReason,
  type CaseFacts,
} from './routing.rules';

const table = loadRoutingTable(DEMO_ROUTING_TABLE_FILE);

const facts = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  kind: 'service_request',
  subjectCategory: null,
  serviceCode: null,
  ...overrides,
});

describe('the routing table', () => {
  it('maps the service codes of the demo cases to their departments', () => {
    expect(decideRoute(table, facts({ serviceCode: 'pothole' }))).toMatchObject({
      type: 'route',
      departmentId: 'public-works',
    });
    expect(decideRoute(table, facts({ serviceCode: 'parking-enforcement' }))).toMatchObject({
      departmentId: 'transportation',
    });
    expect(decideRoute(table, facts({ serviceCode: 'streetlight-out' }))).toMatchObject({
      departmentId: 'public-works',
    });
    expect(decideRoute(table, facts({ serviceCode: 'missed-trash-pickup' }))).toMatchObject({
      departmentId: 'public-works',
    });
  });

  it('maps Open311 service codes of Bloomington to departments', () => {
    // "Water Utility Problems" and "Parks & Playgrounds"
    expect(decideRoute(table, facts({ serviceCode: '4e090d24992b941e7800000d' }))).toMatchObject({
      departmentId: 'utilities',
    });
    expect(decideRoute(table, facts({ serviceCode: '4e090d24992b941e78000022' }))).toMatchObject({
      departmentId: 'parks',
    });
  });

  it('sends an unknown or missing service code to 311 Customer Service', () => {
    expect(decideRoute(table, facts({ serviceCode: 'alien-landing' }))).toMatchObject({
      type: 'route',
      departmentId: 'customer-service',
    });
    expect(decideRoute(table, facts())).toMatchObject({ departmentId: 'customer-service' });
  });

  it('refuses a table that names a department it does not define', () => {
    const broken = JSON.parse(JSON.stringify(table));
    broken.services.pothole = 'roads-department';
    expect(() => parseRoutingTable(broken)).toThrow(RoutingTableError);
    expect(() => parseRoutingTable(broken)).toThrow(/services.pothole.*roads-department/);
  });

  it('refuses a monitor who is staff of another department', () => {
    const broken = JSON.parse(JSON.stringify(table));
    broken.departments[0].backupMonitorId = 'parks-a';
    expect(() => parseRoutingTable(broken)).toThrow(
      /backupMonitorId names staff of another department/,
    );
  });
});

describe('specialist offices', () => {
  it.each([
    ['staff_complaint', 'non_sworn_staff', 'human-resources'],
    ['police_conduct', 'sworn_police', 'police-opa'],
    ['police_conduct', 'sworn_fire', 'fire-operations'],
    ['staff_complaint', 'sworn_fire', 'fire-operations'],
    ['fraud_waste_abuse', 'non_sworn_staff', 'internal-audit'],
    ['charter_officer_complaint', 'charter_officer', 'mayor-pro-tempore'],
    ['civil_rights', null, 'title-vi'],
  ])('a %s about %s goes to %s', (kind, subjectCategory, departmentId) => {
    expect(decideRoute(table, facts({ kind, subjectCategory }))).toMatchObject({
      type: 'route',
      departmentId,
      assignToHead: false,
    });
  });

  it("sends compliments and suggestions to the head of the service's department", () => {
    expect(
      decideRoute(table, facts({ kind: 'compliment', serviceCode: 'ground-maintenance' })),
    ).toMatchObject({ departmentId: 'parks', assignToHead: true });
    expect(decideRoute(table, facts({ kind: 'suggestion' }))).toMatchObject({
      departmentId: 'city-manager',
      assignToHead: true,
    });
  });
});

describe('out of scope subjects', () => {
  it.each([
    ['elected_official', 'ethics-elections-commission'],
    ['other_government', 'county'],
    ['private_business', 'state-consumer-protection'],
    ['non_profit', 'state-charities-program'],
  ])(
    'a complaint about %s is closed with a referral to %s, never dropped',
    (subjectCategory, agencyId) => {
      expect(decideRoute(table, facts({ kind: 'service_complaint', subjectCategory }))).toEqual(
        expect.objectContaining({
          type: 'out_of_jurisdiction',
          agencyId,
          departmentId: 'customer-service',
        }),
      );
    },
  );

  it('keeps a civil-rights complaint about a private contractor with the Title VI Coordinator', () => {
    expect(
      decideRoute(table, facts({ kind: 'civil_rights', subjectCategory: 'private_business' })),
    ).toMatchObject({ type: 'route', departmentId: 'title-vi' });
  });

  it('tells the reporter which body to contact and how', () => {
    const agency = table.agencies.find((row) => row.id === 'ethics-elections-commission')!;
    const text = referralDisposition(agency);
    expect(text).toContain('Ethics and Elections Commission');
    expect(text).toContain(agency.contact);
  });
});

describe('priority', () => {
  it('is emergency for emergency service codes, expedited for listed codes and kinds, else routine', () => {
    expect(priorityOf(table, facts({ serviceCode: 'water-main-break' }))).toBe(Priority.EMERGENCY);
    expect(priorityOf(table, facts({ serviceCode: 'needle-pickup' }))).toBe(Priority.EXPEDITED);
    expect(priorityOf(table, facts({ kind: 'police_conduct' }))).toBe(Priority.EXPEDITED);
    expect(priorityOf(table, facts({ serviceCode: 'pothole' }))).toBe(Priority.ROUTINE);
  });
});

describe('input checks', () => {
  it('requires a reason for a change by hand', () => {
    expect(validateReason('')).toEqual([
      { field: 'reason', message: expect.stringContaining('required') },
    ]);
    expect(validateReason('   ')).toHaveLength(1);
    expect(validateReason('Wrong department: this is a park path')).toEqual([]);
  });
});
