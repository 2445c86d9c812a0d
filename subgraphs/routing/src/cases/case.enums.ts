import { registerEnumType } from 'type-graphql';

// GraphQL shows the names (EMERGENCY); the database and the events hold the values
// (emergency), the lower-case vocabulary of the hub's event contracts. Each feature folder
// declares its own words the same way (deadline.enums.ts, escalation.enums.ts, ...).

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

export enum Outcome {
  /** A service request done; no complaint to uphold or not. */
  RESOLVED = 'resolved',
  UPHELD = 'upheld',
  NOT_UPHELD = 'not_upheld',
  OUT_OF_JURISDICTION = 'out_of_jurisdiction',
  /** Closed by an office that keeps its findings (HR, OPA, Internal Audit): upheld or not stays there. */
  CLOSED = 'closed',
}

registerEnumType(Priority, {
  name: 'Priority',
  description: 'Expedited and emergency cases alert the department at once.',
});
registerEnumType(RoutingStage, { name: 'RoutingStage' });
registerEnumType(Outcome, { name: 'Outcome' });
