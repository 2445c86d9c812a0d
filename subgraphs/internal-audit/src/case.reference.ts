import { Case } from './case.entity';

/**
 * Federation: `{ __typename: "Case", id }` from intake becomes internal-audit's Case. Nothing
 * is read here: `auditReview` goes through the request's loader, so N references are one SQL
 * query, and its restricted fields guard themselves (a refusal nulls only that field). Any
 * signed-in caller may ask; what they see of the file depends on their roles.
 */
export const caseReference = {
  Case: {
    __resolveReference(reference: { id: string }): Case {
      return Case.of(reference.id);
    },
  },
};
