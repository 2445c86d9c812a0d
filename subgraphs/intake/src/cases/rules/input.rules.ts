import type { InputProblem } from '@hub/service-kit';

/*
 * What every intake rule shares: how text is measured, what counts as blank, and how a rule
 * reports its problems. The rules are plain functions of their inputs, with no I/O, and every
 * problem of an input is reported at once. Messages name the field and what is allowed, never
 * the value: it may be personal data.
 */

export const MAX_SHORT_TEXT = 200;
export const MAX_ADDRESS = 500;

/** How a rule reports a problem of a field; the caller collects them all. */
export type Report = (field: string, message: string) => void;

/** The value to store, or every problem that keeps it from being stored. */
export type Verdict<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** Characters as a person counts them (code points), not UTF-16 units. */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

export const isBlank = (text: string | null | undefined): boolean => !text || text.trim() === '';

/**
 * Optional free text: null when left out or blank, otherwise kept exactly as written; longer
 * than `max` characters is a problem of `field`.
 */
export function optionalText(
  field: string,
  value: string | null | undefined,
  problem: Report,
  max = MAX_SHORT_TEXT,
): string | null {
  if (isBlank(value)) return null;
  if (textLength(value!) > max) problem(field, `must be at most ${max} characters`);
  return value!;
}
