import { Ctx, Directive, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { RequestContext } from '../subgraph/context';
import { CaseStatusHistoryEntry } from './status-copy.entity';
import { CaseStatus } from '@hub/contracts';
import './status-vocabulary'; // registers CaseStatus as a GraphQL enum

/**
 * Adds `Case.status` and `Case.statusHistory` to a subgraph's own `Case`, read from its own
 * copy. Both are @shareable: every subgraph holds a converged copy, so the query planner reads
 * status from whichever subgraph it is already calling.
 */
export function caseStatusResolver<Case extends { id: string }>(
  caseType: ClassType<Case>,
): ClassType {
  @Resolver(() => caseType)
  class CaseStatusResolver {
    @Directive('@shareable')
    @FieldResolver(() => CaseStatus, {
      nullable: true,
      description: "The case's current status; null until this agency's copy has heard of it.",
    })
    status(
      @Root() found: Case,
      @Ctx() context: RequestContext<unknown>,
    ): Promise<CaseStatus | null> {
      return context.statusCopies.status(found.id);
    }

    @Directive('@shareable')
    @FieldResolver(() => [CaseStatusHistoryEntry], {
      description: 'Every change of status, in every agency, oldest first.',
    })
    statusHistory(
      @Root() found: Case,
      @Ctx() context: RequestContext<unknown>,
    ): Promise<CaseStatusHistoryEntry[]> {
      return context.statusCopies.history(found.id);
    }
  }
  return CaseStatusResolver;
}
