import { z } from 'zod';
import { policeReferralsEnvironment, settingsOf, type PoliceReferralsConfig } from './environment';
import { validateOpaNumber } from './opa-referral.rules';

const DEPARTMENTS = { opa: 'police-opa', fireOperations: 'fire-operations' };

describe("police referrals' configuration", () => {
  const parse = (env: Record<string, string>) =>
    z.object(policeReferralsEnvironment).parse(env) as unknown as PoliceReferralsConfig;

  it("defaults to OPA's format, the routing table's ids and the offices' names", () => {
    const settings = settingsOf(parse({}));
    expect(settings.opaNumberFormat.test('2026OPA-0123')).toBe(true);
    expect(settings.departments).toEqual(DEPARTMENTS);
    expect(settings.departmentNames).toEqual({
      opa: 'Office of Professional Accountability',
      fire_operations: 'Fire Operations',
    });
  });

  it('takes another OPA number format', () => {
    const settings = settingsOf(parse({ HUB_OPA_NUMBER_FORMAT: '^OPA\\d{6}$' }));
    expect(validateOpaNumber('OPA123456', settings.opaNumberFormat)).toEqual([]);
    expect(validateOpaNumber('2026OPA-0123', settings.opaNumberFormat)).toHaveLength(1);
  });

  it('refuses a format that is not a regular expression, and one department for both offices', () => {
    expect(() => parse({ HUB_OPA_NUMBER_FORMAT: '([' })).toThrow(/regular expression/);
    expect(() =>
      settingsOf(
        parse({ HUB_OPA_DEPARTMENT_ID: 'same', HUB_FIRE_OPERATIONS_DEPARTMENT_ID: 'same' }),
      ),
    ).toThrow(/different departments/);
  });
});
