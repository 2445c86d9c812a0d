import { forbidden, hasAnyRole, type RequestContext } from '@hub/service-kit';
import type { RoutingLoaders } from '../context';
import type { RoutingSettings } from '../environment';
import { mayRead, ROUTING_READERS } from './case-access.rules';
import { Case } from './case.entity';

/**
 * Federation: how the gateway turns `{ __typename: "Case", id }` from intake into routing's
 * fields of that case. Through the request's loader, so N references are one SQL query.
 * A department sees the routing of its own cases only; a case routing has not received yet
 * answers with empty routing fields rather than failing the whole answer.
 */
export const caseReference = {
  Case: {
    // Async, so a refusal is an error of its own item, not of the whole list.
    async __resolveReference(
      reference: { id: string },
      context: RequestContext<RoutingLoaders, RoutingSettings>,
    ): Promise<Case> {
      const { caller, loaders, settings } = context;
      if (caller.anonymous || !hasAnyRole(caller, ROUTING_READERS)) {
        throw forbidden('routing is for city staff');
      }
      const found = await loaders.caseById.load(reference.id);
      if (!found) return Case.unrouted(reference.id);
      if (!mayRead(caller, settings.table, found.departmentId)) {
        throw forbidden("the routing of another department's case");
      }
      return found;
    },
  },
};
