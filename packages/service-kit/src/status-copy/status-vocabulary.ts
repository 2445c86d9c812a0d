import { CaseStatus, mayChangeStatus } from '@hub/contracts';
import { registerEnumType } from 'type-graphql';
import { conflict } from '../graphql/errors';

// Registered once here, so that every subgraph's `CaseStatus` is the same GraphQL enum. The
// vocabulary and its transitions are contracts (@hub/contracts).
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: "Where a case stands, in the hub's one vocabulary shared by every agency.",
});

/** The writer's check before it emits a change: CONFLICT when the vocabulary forbids it. */
export function assertStatusChange(from: CaseStatus | null, to: CaseStatus): void {
  if (!mayChangeStatus(from, to)) {
    throw conflict(`the case's status cannot go from ${from} to ${to}`);
  }
}
