import { CaseStatus } from '@hub/contracts';
import {
  decisionEffect,
  DEFAULT_REFERRAL_POLICY,
  validateInvestigator,
  validateReferral,
} from './referral.rules';
import { ReferralDecision, TitleVIProgram } from '../complaints/title-vi.enums';

const policy = DEFAULT_REFERRAL_POLICY;
const fhwa = {
  program: TitleVIProgram.FHWA,
  respondentAgencyId: null,
  referredAgencyIds: [] as string[],
};
const fta = {
  program: TitleVIProgram.FTA,
  respondentAgencyId: 'city',
  referredAgencyIds: [] as string[],
};

describe('referrals', () => {
  it('send an FHWA complaint to WSDOT OECR, with others at once if asked', () => {
    expect(validateReferral(policy, fhwa, ['wsdot-oecr', 'fhwa', 'us-doj'])).toEqual([]);
    expect(validateReferral(policy, fhwa, ['fhwa'])).toEqual([
      { field: 'agencyIds', message: 'an FHWA complaint is forwarded to wsdot-oecr first' },
    ]);
    expect(
      validateReferral(policy, { ...fhwa, referredAgencyIds: ['wsdot-oecr'] }, ['fhwa']),
    ).toEqual([]);
  });

  it('refuse unknown agencies, repeats, and the agency complained against', () => {
    const fields = (ids: string[], complaint = fta) =>
      validateReferral(policy, complaint, ids).map((p) => p.message);
    expect(fields(['county'])).toEqual([
      'county is not a referral agency (wsdot-oecr, fhwa, fta, us-doj)',
    ]);
    expect(fields(['fta', 'fta'])).toEqual(['fta is named twice']);
    expect(fields(['fta'], { ...fta, referredAgencyIds: ['fta'] })).toEqual([
      'the complaint was already referred to fta',
    ]);
    expect(fields(['fta'], { ...fta, respondentAgencyId: 'fta' })[0]).toMatch(/against itself/);
    expect(fields([])).toEqual(['name at least one agency']);
  });
});

describe('who investigates', () => {
  it('is never the agency complained against, even the office itself', () => {
    const [problem] = validateInvestigator(policy, fta, 'city');
    expect(problem).toEqual({
      field: 'agencyId',
      message:
        'no agency investigates a complaint against itself: the complaint is against city; refer it to wsdot-oecr or another agency',
    });
  });

  it('is the office for an FTA complaint against someone else, or an agency it was referred to', () => {
    const other = { ...fta, respondentAgencyId: null };
    expect(validateInvestigator(policy, other, 'city')).toEqual([]);
    expect(validateInvestigator(policy, other, 'wsdot-oecr')[0]?.message).toBe(
      'refer the complaint to wsdot-oecr first',
    );
    expect(
      validateInvestigator(policy, { ...other, referredAgencyIds: ['wsdot-oecr'] }, 'wsdot-oecr'),
    ).toEqual([]);
    expect(validateInvestigator(policy, fhwa, 'city')[0]?.message).toMatch(/FHWA authorises/);
  });
});

describe("an agency's decision", () => {
  const open = { investigatorAgencyId: null, appealed: false };

  it("under FHWA, FHWA's final decision closes the case with no appeal, whoever records it", () => {
    for (const agency of ['wsdot-oecr', 'fhwa']) {
      expect(
        decisionEffect(
          policy,
          { ...open, program: TitleVIProgram.FHWA },
          agency,
          ReferralDecision.FINAL_DECISION,
          'no violation found',
        ),
      ).toEqual({
        closes: true,
        opensAppealWindow: false,
        status: CaseStatus.CLOSED,
        agencyStatus: 'no violation found',
      });
    }
    expect(
      decisionEffect(
        policy,
        { ...open, program: TitleVIProgram.FHWA },
        'fhwa',
        ReferralDecision.DISMISSED,
        null,
      ).closes,
    ).toBe(true);
    expect(
      decisionEffect(
        policy,
        { ...open, program: TitleVIProgram.FHWA },
        'us-doj',
        ReferralDecision.FINAL_DECISION,
        null,
      ).closes,
    ).toBe(false);
  });

  it("under FTA, the investigating agency's final decision closes it and opens the appeal window", () => {
    const investigated = {
      program: TitleVIProgram.FTA,
      investigatorAgencyId: 'wsdot-oecr',
      appealed: false,
    };
    expect(
      decisionEffect(policy, investigated, 'wsdot-oecr', ReferralDecision.FINAL_DECISION, null),
    ).toMatchObject({ closes: true, opensAppealWindow: true });
    expect(
      decisionEffect(policy, investigated, 'fta', ReferralDecision.FINAL_DECISION, null).closes,
    ).toBe(false);
    expect(
      decisionEffect(
        policy,
        { ...investigated, appealed: true },
        'fta',
        ReferralDecision.FINAL_DECISION,
        null,
      ),
    ).toMatchObject({ closes: true, opensAppealWindow: false });
  });

  it('otherwise publishes the agency word beside a working status', () => {
    const effect = decisionEffect(
      policy,
      { ...open, program: TitleVIProgram.FHWA },
      'fhwa',
      ReferralDecision.ACCEPTED,
      null,
    );
    expect(effect).toEqual({
      closes: false,
      opensAppealWindow: false,
      status: CaseStatus.IN_PROGRESS,
      agencyStatus: 'accepted',
    });
    expect(
      decisionEffect(
        policy,
        { ...open, program: TitleVIProgram.FTA },
        'fta',
        ReferralDecision.MORE_INFORMATION_NEEDED,
        null,
      ).status,
    ).toBe(CaseStatus.AWAITING_INFORMATION);
  });
});
