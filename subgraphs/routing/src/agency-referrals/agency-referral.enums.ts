import { registerEnumType } from 'type-graphql';

/** Why a case went to an external agency: a Title VI procedure, or the city cannot act. */
export enum AgencyReferralProgram {
  FHWA = 'fhwa',
  FTA = 'fta',
  OUT_OF_JURISDICTION = 'out_of_jurisdiction',
}

/** Where a referral stands with the agency: it accepts or declines it once. */
export enum AgencyReferralState {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
}

registerEnumType(AgencyReferralProgram, {
  name: 'AgencyReferralProgram',
  description: 'FHWA or FTA: a Title VI complaint; OUT_OF_JURISDICTION: the city closed it here.',
});
registerEnumType(AgencyReferralState, {
  name: 'AgencyReferralState',
  description: 'PENDING until the agency ACCEPTS or DECLINES it.',
});
