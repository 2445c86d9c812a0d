import { Case } from './case.entity';

/**
 * Federation: how the gateway turns `{ __typename: "Case", id }` from intake into this
 * subgraph's fields of that case. No query here: `opaReferral` reads through the request's
 * loader (N cases = one SQL query) and decides, field by field, who may see what, so a
 * refusal nulls that field only and the rest of the answer arrives.
 */
export const caseReference = {
  Case: {
    __resolveReference(reference: { id: string }): Case {
      return Case.of(reference.id);
    },
  },
};
