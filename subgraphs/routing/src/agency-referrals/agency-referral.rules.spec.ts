import {
  CASE_COMPLETED,
  CASE_RECEIVED,
  CASE_REFERRED,
  CASE_REPORTER_CONTACT_UPDATED,
  CASE_ROUTED,
  CASE_STATUS_CHANGED,
  NOTIFICATION_REQUESTED,
  REFERRAL_DECIDED,
} from '@hub/contracts';
import {
  agencyTopicOf,
  decisionRefusal,
  decisionWordOf,
  isAgencyFeedType,
  stateOfDecision,
  statusRefusal,
  validateAgencyStatus,
  validateOptionalReason,
} from './agency-referral.rules';
import { AgencyReferralState } from './agency-referral.enums';

describe('agency referral rules', () => {
  it("names an agency's feed topic beside the hub's", () => {
    expect(agencyTopicOf('hub.cases.v1', 'fhwa')).toBe('hub.cases.v1.agency.fhwa');
  });

  it('feeds the referral and what follows it, never the receipt with its reporter data', () => {
    for (const type of [CASE_REFERRED, CASE_STATUS_CHANGED, REFERRAL_DECIDED, CASE_COMPLETED]) {
      expect(isAgencyFeedType(type)).toBe(true);
    }
    for (const type of [
      CASE_RECEIVED,
      CASE_REPORTER_CONTACT_UPDATED,
      NOTIFICATION_REQUESTED,
      CASE_ROUTED,
    ]) {
      expect(isAgencyFeedType(type)).toBe(false);
    }
  });

  it("requires the agency's own status word, at most 200 characters", () => {
    expect(validateAgencyStatus('investigation opened')).toEqual([]);
    expect(validateAgencyStatus('  ')).toEqual([
      expect.objectContaining({ field: 'agencyStatus' }),
    ]);
    expect(validateAgencyStatus('x'.repeat(201))).toEqual([
      { field: 'agencyStatus', message: 'must be at most 200 characters' },
    ]);
    expect(validateOptionalReason(null)).toEqual([]);
    expect(validateOptionalReason('x'.repeat(2001))).toEqual([
      expect.objectContaining({ field: 'reason' }),
    ]);
  });

  it('decides once, and reports status only on an accepted referral', () => {
    expect(decisionRefusal(AgencyReferralState.PENDING)).toBeNull();
    expect(decisionRefusal(AgencyReferralState.ACCEPTED)).toBe('the referral was already accepted');
    expect(decisionRefusal(AgencyReferralState.DECLINED)).toBe('the referral was already declined');
    expect(statusRefusal(AgencyReferralState.ACCEPTED)).toBeNull();
    expect(statusRefusal(AgencyReferralState.PENDING)).toMatch(/accept the referral/);
    expect(statusRefusal(AgencyReferralState.DECLINED)).toMatch(/declined/);
  });

  it("maps the queue's decisions onto referral.decided.v1's words and back", () => {
    expect(decisionWordOf(AgencyReferralState.ACCEPTED)).toBe('accepted');
    expect(decisionWordOf(AgencyReferralState.DECLINED)).toBe('dismissed');
    expect(stateOfDecision('accepted')).toBe(AgencyReferralState.ACCEPTED);
    expect(stateOfDecision('dismissed')).toBe(AgencyReferralState.DECLINED);
    expect(stateOfDecision('final_decision')).toBeNull();
  });
});
