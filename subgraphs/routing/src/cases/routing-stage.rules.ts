import { RoutingStage } from './case.enums';

/*
 * Routing's own workflow (docs/domain.md §3): the stages a case passes through in routing,
 * which stage may follow which, and in which stages each command may act. The hub status of a
 * case travels in events and has its own rules (STATUS_TRANSITIONS in @hub/contracts); these
 * are routing's alone. Plain functions, no I/O; messages never name a submitted value.
 */

const { ROUTED, ASSIGNED, COMPLETED, APPEALED, OUT_OF_JURISDICTION, WITHDRAWN } = RoutingStage;

/** A case still being worked: in department queues, its clocks running. */
export const OPEN_STAGES: readonly RoutingStage[] = [ROUTED, ASSIGNED, APPEALED];

export function isOpen(stage: RoutingStage): boolean {
  return OPEN_STAGES.includes(stage);
}

/**
 * Which stage may follow which (a case starts ROUTED, or OUT_OF_JURISDICTION when the city
 * cannot act). A change that keeps the stage (a re-route of an appealed case,
 * an escalation, ...) is always allowed; out of jurisdiction and withdrawn are final.
 */
export const STAGE_TRANSITIONS: Readonly<Record<RoutingStage, readonly RoutingStage[]>> = {
  [ROUTED]: [ASSIGNED, COMPLETED, WITHDRAWN],
  // Re-routed: the new department assigns its own.
  [ASSIGNED]: [ROUTED, COMPLETED, WITHDRAWN],
  // Its written result is given by completing it again.
  [APPEALED]: [COMPLETED, WITHDRAWN],
  [COMPLETED]: [APPEALED],
  [OUT_OF_JURISDICTION]: [],
  [WITHDRAWN]: [],
};

export function mayFollow(from: RoutingStage, to: RoutingStage): boolean {
  return from === to || STAGE_TRANSITIONS[from].includes(to);
}

/** Assigned to a member of staff: a routed case is now being worked. */
export function stageAfterAssignment(stage: RoutingStage): RoutingStage {
  return stage === ROUTED ? ASSIGNED : stage;
}

/** Sent to another department: the assignee belonged to the old one, so it is routed again. */
export function stageAfterReroute(stage: RoutingStage): RoutingStage {
  return stage === ASSIGNED ? ROUTED : stage;
}

/** The commands routing takes by hand (GraphQL mutations on a case). */
export type RoutingCommand =
  | 'reroute'
  | 'changePriority'
  | 'assign'
  | 'acknowledge'
  | 'escalate'
  | 'complete'
  | 'lodgeAppeal'
  | 'inviteToAppealHearing';

/** The stages in which each command may act; in any other, `stageRefusal` says why not. */
export const COMMAND_STAGES: Readonly<Record<RoutingCommand, readonly RoutingStage[]>> = {
  reroute: OPEN_STAGES,
  changePriority: OPEN_STAGES,
  assign: OPEN_STAGES,
  acknowledge: OPEN_STAGES,
  escalate: OPEN_STAGES,
  complete: OPEN_STAGES,
  inviteToAppealHearing: [APPEALED],
  // An appeal is against an outcome. The appeal's own checks then refuse a second appeal and
  // an out-of-jurisdiction referral (whose body is contacted instead).
  lodgeAppeal: [APPEALED, COMPLETED, OUT_OF_JURISDICTION],
};

/** Why a command is refused in a stage: a conflict with the case, or input naming its field. */
export type StageRefusal =
  | { readonly kind: 'conflict'; readonly message: string }
  | { readonly kind: 'input'; readonly field: string; readonly message: string };

/** Why the command cannot act on a case in this stage, or null when it can. */
export function stageRefusal(command: RoutingCommand, stage: RoutingStage): StageRefusal | null {
  if (COMMAND_STAGES[command].includes(stage)) return null;
  if (stage === WITHDRAWN) return { kind: 'conflict', message: 'the reporter withdrew the case' };
  if (command === 'lodgeAppeal') {
    return { kind: 'input', field: 'caseId', message: 'the case has no outcome to appeal yet' };
  }
  if (stage === OUT_OF_JURISDICTION) {
    return {
      kind: 'conflict',
      message: 'the case was closed as out of jurisdiction and referred elsewhere',
    };
  }
  if (stage === COMPLETED) return { kind: 'conflict', message: 'the case was already completed' };
  return { kind: 'input', field: 'caseId', message: 'the case has no appeal to hear' };
}
