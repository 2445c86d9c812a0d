import { CASE_STATUSES, CaseStatus, STATUS_TRANSITIONS, mayChangeStatus } from '@hub/contracts';
import { assertStatusChange } from './status-vocabulary';

describe('the status vocabulary', () => {
  it('has thirteen words, in lower case as events carry them', () => {
    expect([...CASE_STATUSES].sort()).toEqual(
      [
        'acknowledged',
        'appealed',
        'assigned',
        'awaiting_information',
        'closed',
        'in_progress',
        'out_of_jurisdiction',
        'received',
        'referred',
        'reopened',
        'resolved',
        'routed',
        'withdrawn',
      ].sort(),
    );
  });

  it('never lets a case go back to received', () => {
    for (const from of CASE_STATUSES) {
      expect(STATUS_TRANSITIONS[from]).not.toContain(CaseStatus.RECEIVED);
    }
  });

  it('lets every status other than received be reached from somewhere', () => {
    const reachable = new Set(CASE_STATUSES.flatMap((from) => STATUS_TRANSITIONS[from]));
    for (const status of CASE_STATUSES.filter((s) => s !== CaseStatus.RECEIVED)) {
      expect(reachable).toContain(status);
    }
  });

  it('keeps a closed case closed until it is appealed or reopened', () => {
    expect(mayChangeStatus(CaseStatus.CLOSED, CaseStatus.IN_PROGRESS)).toBe(false);
    expect(mayChangeStatus(CaseStatus.CLOSED, CaseStatus.REOPENED)).toBe(true);
    expect(mayChangeStatus(CaseStatus.CLOSED, CaseStatus.APPEALED)).toBe(true);
  });

  it('accepts any first word from a copy that has not heard of the case', () => {
    for (const to of CASE_STATUSES) expect(mayChangeStatus(null, to)).toBe(true);
  });

  it('names both statuses when it refuses', () => {
    expect(() => assertStatusChange(CaseStatus.WITHDRAWN, CaseStatus.ASSIGNED)).toThrow(
      "the case's status cannot go from withdrawn to assigned",
    );
  });
});
