import { registerEnumType } from 'type-graphql';

/** The clocks of docs/domain.md §3 (MK-ACT), each counted on the working-day calendar. */
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

registerEnumType(DeadlineClock, { name: 'DeadlineClock' });
registerEnumType(DeadlineState, {
  name: 'DeadlineState',
  description: 'MET in time; DUE_SOON within the warning window; PENDING; BREACHED when late.',
});
