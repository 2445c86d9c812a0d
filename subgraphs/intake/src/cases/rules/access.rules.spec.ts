import { CaseKind } from '@hub/contracts';
import {
  RESTRICTED_FIELD_READERS,
  restrictedFieldReaders,
  restrictedFieldRefusal,
} from './access.rules';

describe('who may read the reporter', () => {
  it('agents may, other roles may not', () => {
    expect(restrictedFieldReaders(CaseKind.SERVICE_REQUEST)).toEqual(['agent']);
    expect(restrictedFieldReaders(CaseKind.STAFF_COMPLAINT)).toEqual(['agent']);
  });

  it("a whistleblower's identity is for Internal Audit alone, not even for agents", () => {
    expect(restrictedFieldReaders(CaseKind.FRAUD_WASTE_ABUSE)).toEqual(['audit']);
  });

  it('the schema names every role that may read it on some case', () => {
    expect(RESTRICTED_FIELD_READERS).toEqual(['agent', 'audit']);
  });

  it('a refused caller is told who may read it, naming the field', () => {
    expect(restrictedFieldRefusal(CaseKind.FRAUD_WASTE_ABUSE, 'reporter')).toBe(
      'reporter: the identity of a fraud, waste or abuse reporter is for Internal Audit only',
    );
    expect(restrictedFieldRefusal(CaseKind.COMPLIMENT, 'onBehalfOf')).toBe(
      "onBehalfOf: the reporter's identity is for 311 agents only",
    );
  });
});
