import { Case } from './case.entity';

/**
 * Federation: how the gateway turns `{ __typename: "Case", id }` from intake into HR's fields
 * of that case. Nothing is read here: `staffComplaint` checks the caller and loads the file
 * through the request's loader, so N references are one SQL query and a refusal nulls only
 * that field of that case.
 */
export const caseReference = {
  Case: {
    __resolveReference(reference: { id: string }): Case {
      return Case.of(reference.id);
    },
  },
};
