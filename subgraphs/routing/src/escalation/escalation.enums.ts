import { registerEnumType } from 'type-graphql';

/** MK-ACT's ladder; the board's decision is final. */
export enum EscalationLevel {
  TEAM_LEADER = 'team_leader',
  HEAD_OF_SERVICE = 'head_of_service',
  TRUSTEES = 'trustees',
  BOARD = 'board',
}

registerEnumType(EscalationLevel, {
  name: 'EscalationLevel',
  description: 'Team leader, head of service, trustees (complaints about the head), board (final).',
});
