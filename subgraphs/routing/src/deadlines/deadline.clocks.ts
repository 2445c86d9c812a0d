import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Case } from '../cases/case.entity';
import { Deadline } from './deadline.entity';
import type { DeadlineClock } from './deadline.enums';
import { nearestDue, type PlannedDeadline } from './deadline.rules';

/*
 * A case's clocks as rows, in the caller's transaction: started from the plan the deadline
 * rules give, and stopped when the case leaves the queue. The case keeps its nearest due time
 * (what department queues sort by).
 */

/** A new running clock of the case. */
export function startClock(
  em: EntityManager,
  found: Case,
  clock: DeadlineClock,
  dueAt: Date,
): Deadline {
  const deadline = new Deadline();
  deadline.id = randomUUID();
  deadline.caseId = found.id;
  deadline.clock = clock;
  deadline.dueAt = dueAt;
  em.persist(deadline);
  return deadline;
}

export function startClocks(
  em: EntityManager,
  found: Case,
  planned: readonly PlannedDeadline[],
): void {
  const started = planned.map((plan) => startClock(em, found, plan.clock, plan.dueAt));
  found.nextDueAt = nearestDue(started);
}

/** Every running clock of the case stops now: it has left the queue. */
export async function stopClocks(em: EntityManager, found: Case, now: Date): Promise<void> {
  found.nextDueAt = null;
  await em.nativeUpdate(Deadline, { caseId: found.id, metAt: null }, { metAt: now });
}
