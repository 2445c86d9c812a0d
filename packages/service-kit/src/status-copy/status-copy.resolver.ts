import { CITY_STAFF_ROLES, CaseStatus, type Role } from '@hub/contracts';
import { Ctx, Directive, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { hasAnyRole } from '../access/tokens';
import { forbidden } from '../graphql/errors';
import type { RequestContext } from '../subgraph/context';
import { CaseStatusHistoryEntry } from './status-copy.entity';
import './status-vocabulary'; // registers CaseStatus as a GraphQL enum

export interface CaseStatusOptions<Case, Context> {
  /**
   * The roles that may read this case's status history: the city's staff when left out. A
   * subgraph that serves cases to outside agencies adds theirs for the cases sent to them.
   */
  readonly historyReadersOf?: (found: Case, context: Context) => Promise<readonly Role[]>;
}

/**
 * Adds `Case.status` and `Case.statusHistory` to a subgraph's own `Case`, read from its own
 * copy. Both are @shareable: every subgraph holds a converged copy, so the query planner reads
 * status from whichever subgraph it is already calling. The history is for the city's staff
 * (a subgraph called directly answers a resident's or another agency's `_entities` with
 * FORBIDDEN), and each entry's agency word and reason follow the rule of the office that
 * wrote it (CaseStatusHistoryEntry).
 */
export function caseStatusResolver<
  Case extends { id: string },
  Context extends RequestContext<unknown> = RequestContext<unknown>,
>(caseType: ClassType<Case>, options: CaseStatusOptions<Case, Context> = {}): ClassType {
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
      nullable: true,
      description:
        'Every change of status, in every agency, oldest first. For city staff, and for an ' +
        'outside agency on the cases sent to it; others get FORBIDDEN.',
    })
    async statusHistory(
      @Root() found: Case,
      @Ctx() context: Context,
    ): Promise<CaseStatusHistoryEntry[]> {
      const readers = options.historyReadersOf
        ? await options.historyReadersOf(found, context)
        : CITY_STAFF_ROLES;
      if (context.caller.anonymous || !hasAnyRole(context.caller, readers)) {
        throw forbidden("statusHistory: a case's history is for the city's staff");
      }
      return context.statusCopies.history(found.id);
    }
  }
  return CaseStatusResolver;
}
