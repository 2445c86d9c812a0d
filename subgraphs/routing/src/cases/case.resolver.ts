import { AllowRoles } from '@hub/service-kit';
import { Arg, Args, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RoutingContext } from '../context';
import { acknowledgeCase } from '../deadlines/acknowledgment.service';
import { escalateCase } from '../escalation/escalation.service';
import { assignCase } from '../routing/assignment.service';
import { changePriority } from '../routing/priority.service';
import { rerouteCase } from '../routing/reroute.service';
import { inviteToAppealHearing, lodgeAppeal } from './appeal.service';
import { ROUTING_ACTORS } from './case-access.rules';
import { Case } from './case.entity';
import {
  AssignCaseArgs,
  ChangePriorityArgs,
  CompleteCaseInput,
  EscalateCaseArgs,
  InviteToAppealHearingArgs,
  LodgeAppealInput,
  RerouteCaseArgs,
} from './case.input';
import { completeCase } from './completion.service';

// Who may call each command; the command then checks the case's department and stage.

@Resolver(() => Case)
export class CaseRoutingResolver {
  @AllowRoles('agent')
  @Mutation(() => Case, {
    description: 'Agents: send a case to another department, with a reason.',
  })
  async rerouteCase(
    @Args(() => RerouteCaseArgs) { caseId, departmentId, reason }: RerouteCaseArgs,
    @Ctx() context: RoutingContext,
  ): Promise<Case> {
    return rerouteCase(context, caseId, departmentId, reason);
  }

  @AllowRoles(...ROUTING_ACTORS)
  @Mutation(() => Case, {
    description: 'Raising to EXPEDITED or EMERGENCY alerts both monitors at once.',
  })
  async changePriority(
    @Args(() => ChangePriorityArgs) { caseId, priority, reason }: ChangePriorityArgs,
    @Ctx() context: RoutingContext,
  ): Promise<Case> {
    return changePriority(context, caseId, priority, reason);
  }

  @AllowRoles(...ROUTING_ACTORS)
  @Mutation(() => Case, { description: "To a member of the case's own department." })
  async assignCase(
    @Args(() => AssignCaseArgs) { caseId, staffId, note }: AssignCaseArgs,
    @Ctx() context: RoutingContext,
  ): Promise<Case> {
    return assignCase(context, caseId, staffId, note ?? null);
  }

  @AllowRoles(...ROUTING_ACTORS)
  @Mutation(() => Case, {
    description:
      'A formal complaint (its response is then due from now) or an appeal was acknowledged.',
  })
  async acknowledgeCase(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() context: RoutingContext,
  ): Promise<Case> {
    return acknowledgeCase(context, caseId);
  }

  @AllowRoles(...ROUTING_ACTORS)
  @Mutation(() => Case, {
    description: 'One step up the ladder; past the board is refused (its decision is final).',
  })
  async escalateCase(
    @Args(() => EscalateCaseArgs) { caseId, reason, aboutHeadOfService }: EscalateCaseArgs,
    @Ctx() context: RoutingContext,
  ): Promise<Case> {
    return escalateCase(context, caseId, reason, aboutHeadOfService);
  }

  @AllowRoles(...ROUTING_ACTORS)
  @Mutation(() => Case, {
    description:
      'Closes the loop: publishes case.completed.v1 with the disposition. Twice is CONFLICT.',
  })
  async completeCase(
    @Arg('input', () => CompleteCaseInput) input: CompleteCaseInput,
    @Ctx() context: RoutingContext,
  ): Promise<Case> {
    return completeCase(context, input.caseId, input);
  }

  @AllowRoles(...ROUTING_ACTORS)
  @Mutation(() => Case, {
    description: 'In writing, with full reasons, within the window after the outcome.',
  })
  async lodgeAppeal(
    @Arg('input', () => LodgeAppealInput) input: LodgeAppealInput,
    @Ctx() context: RoutingContext,
  ): Promise<Case> {
    return lodgeAppeal(context, input.caseId, input);
  }

  @AllowRoles(...ROUTING_ACTORS)
  @Mutation(() => Case, {
    description: 'The appellant was invited to a hearing; the written result is due after it.',
  })
  async inviteToAppealHearing(
    @Args(() => InviteToAppealHearingArgs) { caseId, hearingAt }: InviteToAppealHearingArgs,
    @Ctx() context: RoutingContext,
  ): Promise<Case> {
    return inviteToAppealHearing(context, caseId, hearingAt);
  }
}
