import { forbidden, hasAnyRole } from '@hub/service-kit';
import { Case } from './case.entity';
import type { RoutingContext } from './context';
import { mayRead, ROUTING_READERS } from './routing.rules';

/**
 * Federation: how the gateway turns `{ __typename: "Case", id }` from intake into routing's
 * fields of that case. Through the request's loader, so N references are one SQL query.
 * A department sees the routing of its own cases only; a case routing has not received yet
 * answers with empty routing fields rather than failing the whole answer.
 */
export const caseReference = {
  Case: {
    // Async, so a refusal is an error of its own item, not of the whole list.
    async __resolveReference(reference: { id: string }, context: RoutingContext): Promise<Case> {
      const { caller, loaders } = context;
      if (caller.anonymous || !hasAnyRole(caller, ROUTING_READERS)) {
        throw forbidden('routing is for city staff');
      }
      const found = await loaders.caseById.load(reference.id);
      if (!found) return Case.unrouted(reference.id);
      if (!mayRead(caller, loaders.settings.table, found.departmentId)) {
        throw forbidden("the routing of another department's case");
      }
      return found;
    },
  },
};
