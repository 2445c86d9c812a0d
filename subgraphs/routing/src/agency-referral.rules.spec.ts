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
import { AgencyReferralState } from './routing.enums';

describe('agency referral rules', () => {
  it("names an agency's feed topic beside the hub's", () => {
    expect(agencyTopicOf('hub.cases.v1', 'fhwa')).toBe('hub.cases.v1.agency.fhwa');
  });

  it('feeds the referral and what follows it, never the receipt with its reporter data', () => {
    for (const type of [
      'case.referred.v1',
      'case.status-changed.v1',
      'referral.decided.v1',
      'case.completed.v1',
    ]) {
      expect(isAgencyFeedType(type)).toBe(true);
    }
    for (const type of [
      'case.received.v1',
      'case.reporter-contact-updated.v1',
      'notification.requested.v1',
      'case.routed.v1',
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
