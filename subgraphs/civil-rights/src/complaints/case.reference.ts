import { Case } from './case.entity';
import type { CivilRightsContext } from '../context';

/**
 * Federation: how the gateway turns `{ __typename: "Case", id }` into this subgraph's fields
 * of that case. Through the request's loader, so N references are one SQL query. Anyone
 * signed in may resolve the reference (its status is shared by every subgraph); the
 * complaint itself is guarded by `Case.titleVI`.
 */
export const caseReference = {
  Case: {
    async __resolveReference(
      reference: { id: string },
      context: Pick<CivilRightsContext, 'loaders'>,
    ): Promise<Case> {
      return (await context.loaders.caseById.load(reference.id)) ?? Case.unknown(reference.id);
    },
  },
};
