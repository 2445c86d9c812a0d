import { CaseKind } from '@hub/contracts';
import { isBlank } from './input.rules';

export type AcknowledgmentTemplate = 'receipt' | 'staff-complaint-receipt' | 'fraud-receipt';

/**
 * Which automatic acknowledgment the reporter gets on receipt (docs/domain.md §2).
 * Acknowledgments go to the email given, so without one there is nothing to send. Compliments
 * and suggestions are answered only when the reporter asked to be contacted. A staff
 * complaint's receipt says employment law may keep the findings private; a fraud report's says
 * the law protects them.
 */
export function acknowledgmentFor(
  kind: CaseKind,
  reporter: { readonly email: string | null; readonly wantsContact: boolean },
): AcknowledgmentTemplate | null {
  if (isBlank(reporter.email)) return null;
  switch (kind) {
    case CaseKind.COMPLIMENT:
    case CaseKind.SUGGESTION:
      return reporter.wantsContact ? 'receipt' : null;
    case CaseKind.STAFF_COMPLAINT:
      return 'staff-complaint-receipt';
    case CaseKind.FRAUD_WASTE_ABUSE:
      return 'fraud-receipt';
    default:
      return 'receipt';
  }
}
