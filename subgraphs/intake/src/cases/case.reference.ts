import { forbidden, hasAnyRole, unauthenticated } from '@hub/service-kit';
import type { IntakeContext } from '../context';
import type { Case } from './case.entity';
import { CASE_READERS } from './rules/access.rules';

/**
 * Federation: how the gateway turns `{ __typename: "Case", id }` from another subgraph into
 * intake's Case. Through the request's loader, so N references are one SQL query. The same
 * readers as Query.case: a reference is just another way to ask for a case.
 */
export const caseReference = {
  Case: {
    // Async, so a refusal is an error of its own item, not of the whole list.
    async __resolveReference(
      reference: { id: string },
      context: Pick<IntakeContext, 'caller' | 'loaders'>,
    ): Promise<Case | null> {
      if (context.caller.anonymous) throw unauthenticated('sign in to see cases');
      if (!hasAnyRole(context.caller, CASE_READERS)) throw forbidden('cases are for city staff');
      return context.loaders.caseById.load(reference.id);
    },
  },
};
