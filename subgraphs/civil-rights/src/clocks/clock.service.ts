import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { TitleVIComplaint } from '../complaints/complaint.entity';
import { TitleVIClockKind } from '../complaints/title-vi.enums';
import type { CivilRightsSettings } from '../environment';
import { TitleVIClock } from './clock.entity';
import { clocksAtReceipt, dueAt, type PlannedClock } from './clock.rules';

/*
 * The clocks' rows: started as clock.rules.ts plans them, met by the steps and referrals that
 * stop them, cancelled when the case ends. Inside the caller's transaction.
 */

export function startClocks(
  em: EntityManager,
  caseId: string,
  planned: readonly PlannedClock[],
): void {
  for (const plan of planned) {
    em.persist(
      Object.assign(new TitleVIClock(), {
        id: randomUUID(),
        caseId,
        clock: plan.clock,
        startedAt: plan.startedAt,
        dueAt: plan.dueAt,
      }),
    );
  }
}

/** A signed complaint proceeds: its clocks start, counted from its receipt. */
export function startReceiptClocks(
  em: EntityManager,
  settings: CivilRightsSettings,
  complaint: TitleVIComplaint,
): void {
  const { calendar, clocks } = settings;
  startClocks(
    em,
    complaint.caseId,
    clocksAtReceipt(
      calendar,
      clocks,
      complaint.program,
      complaint.respondent.kind,
      complaint.signedReceivedAt!,
    ),
  );
}

/** A final decision under FTA: a party may appeal it within the configured days. */
export function startAppealWindow(
  em: EntityManager,
  settings: CivilRightsSettings,
  caseId: string,
  at: Date,
): void {
  const clock = TitleVIClockKind.APPEAL_WINDOW;
  startClocks(em, caseId, [
    { clock, startedAt: at, dueAt: dueAt(settings.calendar, settings.clocks, clock, at) },
  ]);
}

/** The case ended: what still runs is owed no more (a breach already past stays a breach). */
export async function cancelRunningClocks(
  em: EntityManager,
  caseId: string,
  at: Date,
  except: readonly TitleVIClockKind[] = [],
): Promise<void> {
  const running = await em.find(TitleVIClock, { caseId, metAt: null, cancelledAt: null });
  for (const clock of running) if (!except.includes(clock.clock)) clock.cancelledAt = at;
}
