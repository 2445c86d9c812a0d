import { CaseKind, CaseStatus } from '@hub/contracts';
import { Channel } from '../cases/case.enums';
import { isBlank } from '../cases/rules/input.rules';

/*
 * Closing the loop (docs/domain.md §2-3): what a completion reported by routing changes at
 * intake, and who is told.
 */

/**
 * Whether a completion closes the loop with the reporter: a case the reporter withdrew stays
 * withdrawn, and nobody is told about it.
 */
export function completionApplies(current: CaseStatus | null): boolean {
  return current !== CaseStatus.WITHDRAWN;
}

/**
 * Whether the reporter is sent the completion message. Compliments and suggestions only when
 * the reporter asked to be contacted. Everyone else is, and when no email was given the
 * notifier records the message as skipped, so the record says why.
 */
export function completionMessageWanted(
  kind: CaseKind,
  reporter: { readonly wantsContact: boolean },
): boolean {
  if (kind === CaseKind.COMPLIMENT || kind === CaseKind.SUGGESTION) return reporter.wantsContact;
  return true;
}

/** The Mayor/Council office to notify when the case is completed, if one referred it. */
/** The disposition a council office may read: an office's closure names who may. */
export function dispositionForCouncil(completed: {
  readonly disposition: string;
  readonly readers?: readonly string[] | null;
}): string | null {
  return !completed.readers || completed.readers.includes('council') ? completed.disposition : null;
}

export function referringCouncilOffice(found: {
  readonly channel: Channel;
  readonly councilOffice: string | null;
}): string | null {
  return found.channel === Channel.COUNCIL_OFFICE && !isBlank(found.councilOffice)
    ? found.councilOffice
    : null;
}

/**
 * The longest disposition `notification.requested.v1` carries (its contract), in characters:
 * the same as `case.completed.v1`. Should the two ever part, a longer one is cut with an
 * ellipsis rather than breaking the contract and parking the completion on the dead-letter topic.
 */
export const NOTIFICATION_DISPOSITION_MAX = 4000;

export function dispositionForMessage(
  disposition: string,
  max = NOTIFICATION_DISPOSITION_MAX,
): string {
  const text = disposition.trim();
  const characters = [...text];
  if (characters.length <= max) return text;
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
