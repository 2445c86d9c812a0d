import { registerEnumType } from 'type-graphql';

// GraphQL shows the names (EMERGENCY); the database and the events hold the values
// (emergency), the lower-case vocabulary of the hub's event contracts.

export enum Priority {
  ROUTINE = 'routine',
  EXPEDITED = 'expedited',
  EMERGENCY = 'emergency',
}

/** Where a case stands in routing's own workflow (its hub status travels in events). */
export enum RoutingStage {
  ROUTED = 'routed',
  ASSIGNED = 'assigned',
  COMPLETED = 'completed',
  APPEALED = 'appealed',
  OUT_OF_JURISDICTION = 'out_of_jurisdiction',
  WITHDRAWN = 'withdrawn',
}

/** The clocks of DOMAIN.md §3 (MK-ACT), each counted on the working-day calendar. */
export enum DeadlineClock {
  INFORMAL_RESOLUTION = 'informal_resolution',
  FORMAL_ACKNOWLEDGMENT = 'formal_acknowledgment',
  FORMAL_RESPONSE = 'formal_response',
  APPEAL_ACKNOWLEDGMENT = 'appeal_acknowledgment',
  APPEAL_HEARING_INVITATION = 'appeal_hearing_invitation',
  APPEAL_DECISION = 'appeal_decision',
}

export enum DeadlineState {
  MET = 'met',
  DUE_SOON = 'due_soon',
  PENDING = 'pending',
  BREACHED = 'breached',
}

/** MK-ACT's ladder; the board's decision is final. */
export enum EscalationLevel {
  TEAM_LEADER = 'team_leader',
  HEAD_OF_SERVICE = 'head_of_service',
  TRUSTEES = 'trustees',
  BOARD = 'board',
}

export enum Outcome {
  /** A service request done; no complaint to uphold or not. */
  RESOLVED = 'resolved',
  UPHELD = 'upheld',
  NOT_UPHELD = 'not_upheld',
  OUT_OF_JURISDICTION = 'out_of_jurisdiction',
}

export enum StaffRole {
  HEAD = 'head',
  TEAM_LEADER = 'team_leader',
  STAFF = 'staff',
}

export enum AgencyKind {
  CITY_OFFICE = 'city_office',
  COUNTY = 'county',
  STATE = 'state',
  FEDERAL = 'federal',
  OTHER = 'other',
}

export enum RoutingAction {
  ROUTED = 'routed',
  REROUTED = 'rerouted',
  PRIORITY_CHANGED = 'priority_changed',
  ASSIGNED = 'assigned',
  ACKNOWLEDGED = 'acknowledged',
  ESCALATED = 'escalated',
  COMPLETED = 'completed',
  REFERRED_OUT_OF_JURISDICTION = 'referred_out_of_jurisdiction',
  APPEAL_LODGED = 'appeal_lodged',
  APPEAL_HEARING_INVITED = 'appeal_hearing_invited',
  WITHDRAWN = 'withdrawn',
}

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

registerEnumType(Priority, {
  name: 'Priority',
  description: 'Expedited and emergency cases alert the department at once.',
});
registerEnumType(RoutingStage, { name: 'RoutingStage' });
registerEnumType(DeadlineClock, { name: 'DeadlineClock' });
registerEnumType(DeadlineState, {
  name: 'DeadlineState',
  description: 'MET in time; DUE_SOON within the warning window; PENDING; BREACHED when late.',
});
registerEnumType(EscalationLevel, {
  name: 'EscalationLevel',
  description: 'Team leader, head of service, trustees (complaints about the head), board (final).',
});
registerEnumType(Outcome, { name: 'Outcome' });
registerEnumType(StaffRole, { name: 'StaffRole' });
registerEnumType(AgencyKind, { name: 'AgencyKind' });
registerEnumType(RoutingAction, { name: 'RoutingAction' });
registerEnumType(AgencyReferralProgram, {
  name: 'AgencyReferralProgram',
  description: 'FHWA or FTA: a Title VI complaint; OUT_OF_JURISDICTION: the city closed it here.',
});
registerEnumType(AgencyReferralState, {
  name: 'AgencyReferralState',
  description: 'PENDING until the agency ACCEPTS or DECLINES it.',
});
