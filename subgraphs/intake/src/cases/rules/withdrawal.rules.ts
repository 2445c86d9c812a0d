import { CaseStatus } from '@hub/contracts';
import type { InputProblem } from '@hub/service-kit';
import { isBlank, textLength } from './input.rules';

/** The agency name intake uses in status changes it decides itself (a withdrawal). */
export const INTAKE_AGENCY = 'intake';

const MAX_REASON = 2000;

/** A case that has ended cannot be withdrawn; the message says why. */
export function withdrawalRefusal(status: CaseStatus | null): string | null {
  switch (status) {
    case CaseStatus.WITHDRAWN:
      return 'the case is already withdrawn';
    case CaseStatus.CLOSED:
    case CaseStatus.RESOLVED:
    case CaseStatus.OUT_OF_JURISDICTION:
      return `the case has ended (${status}) and cannot be withdrawn`;
    default:
      return null;
  }
}

/** Why the reporter withdrew it: every agency holding the case is told, so it must be said. */
export function validateWithdrawalReason(reason: string): InputProblem[] {
  if (isBlank(reason)) return [{ field: 'reason', message: 'must say why the case is withdrawn' }];
  if (textLength(reason) > MAX_REASON) {
    return [{ field: 'reason', message: `must be at most ${MAX_REASON} characters` }];
  }
  return [];
}
