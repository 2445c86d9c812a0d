import { isUuid } from '@hub/contracts';
import { Case } from '../cases/case.entity';
import type { RecipientLookup } from './notification.handlers';

/**
 * Where the notifier sends a case's messages: the reporter's email and language, read in the
 * consumer's transaction. Only these three values leave the case; no event carries them.
 */
export const caseRecipients: RecipientLookup = async (em, caseId) => {
  if (!isUuid(caseId)) return null;
  const found = await em.findOne(Case, { id: caseId });
  if (!found) return null;
  return {
    email: found.contact.email,
    language: found.contact.preferredLanguage,
    srNumber: found.srNumber,
  };
};
