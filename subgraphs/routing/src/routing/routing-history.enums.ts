import { registerEnumType } from 'type-graphql';

/** What one entry of a case's routing history records. */
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

registerEnumType(RoutingAction, { name: 'RoutingAction' });
