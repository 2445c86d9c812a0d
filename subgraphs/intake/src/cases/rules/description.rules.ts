import { isBlank, textLength, type Report } from './input.rules';

/** The longest description by default; HUB_DESCRIPTION_MAX_LENGTH changes it. */
export const DEFAULT_DESCRIPTION_MAX_LENGTH = 4000;

/**
 * What happened, in the reporter's words, in any language: kept exactly as written, never
 * empty, at most the configured number of characters (the message states the limit).
 */
export function validateDescription(description: string, maxLength: number, problem: Report): void {
  if (isBlank(description)) problem('description', 'must not be empty');
  else if (textLength(description) > maxLength) {
    problem('description', `must be at most ${maxLength} characters`);
  }
}
