import { isUuid, type CaseStatus } from '@hub/contracts';
import {
  badUserInput,
  conflict,
  forbidden,
  lockStatusCopy,
  notFound,
  recordStatusChange,
  type EventPublisher,
} from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoutingContext } from '../context';
import type { RoutingSettings } from '../environment';
import { AGENT_ONLY, mayActOn } from './case-access.rules';
import { Case } from './case.entity';
import { mayFollow, stageRefusal, type RoutingCommand } from './routing-stage.rules';

/*
 * How routing writes a case. Each write is one transaction that changes the case, its clocks
 * and history, and appends its events to the outbox: saved together or not at all. The
 * commands themselves are in their features' services (routing/, deadlines/, escalation/, ...).
 */

/** The agency name routing uses in the status changes it decides. */
export const ROUTING_AGENCY = 'routing';

/** What a change is written with: the transaction, the outbox, the settings and the trace. */
export interface Writer {
  readonly em: EntityManager;
  readonly events: EventPublisher;
  readonly settings: RoutingSettings;
  readonly traceparent?: string;
}

/** A command's change to the case it was given, locked and checked, at `now`. */
export type CaseChange = (writer: Writer, found: Case, now: Date) => Promise<void>;

/**
 * Locks the case, checks the caller may act on it and that the command may act in the case's
 * stage, runs the change, and saves it with its history and events in one transaction.
 */
export async function writeCase(
  context: RoutingContext,
  command: RoutingCommand,
  caseId: string,
  change: CaseChange,
): Promise<Case> {
  const { caller, settings } = context;
  const agentOnly = AGENT_ONLY[command];
  if (agentOnly && !caller.roles.includes('agent')) throw forbidden(agentOnly);
  return context.em.transactional(async (em) => {
    const found = await lockCase(em, caseId);
    if (!mayActOn(caller, settings.table, found.departmentId)) {
      throw forbidden("you may act only on your own department's or office's cases");
    }
    const stage = found.routingStage;
    const refusal = stageRefusal(command, stage);
    if (refusal?.kind === 'conflict') throw conflict(refusal.message);
    if (refusal) throw badUserInput(refusal.field, refusal.message);
    const now = new Date();
    await change(
      { em, events: context.events, settings, traceparent: context.traceparent },
      found,
      now,
    );
    if (!mayFollow(stage, found.routingStage)) {
      throw new Error(`${command} moved a case from ${stage} to ${found.routingStage}`);
    }
    found.updatedAt = now;
    return found;
  });
}

/** The case routing holds, locked after its status copy (the kit's lock order). */
export async function lockCase(em: EntityManager, caseId: string): Promise<Case> {
  await lockStatusCopy(em, caseId);
  const found = isUuid(caseId)
    ? await em.findOne(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!found) throw notFound('the case (routing has not received it, or it does not exist)');
  return found;
}

/**
 * Every status routing decides goes through the kit's writer: the transition is checked
 * against routing's copy (a refusal is CONFLICT and rolls the whole change back), and the
 * event is in the outbox and in the copy within the caller's transaction.
 */
export async function changeStatus(
  writer: Writer,
  caseId: string,
  status: CaseStatus,
  reason: string | null,
): Promise<void> {
  await recordStatusChange(writer.em, writer.events, {
    caseId,
    status,
    agency: ROUTING_AGENCY,
    reason,
    traceparent: writer.traceparent,
  });
}
