import { isUuid, type CaseStatus } from '@hub/contracts';
import {
  badUserInput,
  forbidden,
  hasAnyRole,
  lockStatusCopy,
  notFound,
  recordStatusChange,
  type EventPublisher,
} from '@hub/service-kit';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CivilRightsContext } from '../context';
import type { CivilRightsSettings } from '../environment';
import { MAX_LONG_TEXT } from '../filing/complaint-form';
import { TitleVIReferral } from '../referrals/referral.entity';
import { Case } from './case.entity';
import { TitleVIComplaint } from './complaint.entity';
import { statusOfStage } from './stage.rules';
import { TitleVIStage } from './title-vi.enums';
import { COORDINATOR, EXTERNAL_AGENCY, TITLE_VI_AGENCY } from './title-vi.office';

/*
 * How the Title VI office writes. Each write is one transaction that changes the complaint,
 * its clocks and steps, and appends its events (and the hub status change) to the outbox:
 * saved together or not at all. Every input is checked before the transaction opens, so a
 * refused input leaves nothing behind.
 */

/** Who is writing, with what. */
export interface Writer {
  readonly em: EntityManager;
  readonly events: EventPublisher;
  readonly settings: CivilRightsSettings;
  readonly traceparent?: string;
}

/** How far ahead of this server's clock a caller's "now" may be. */
const FUTURE_TOLERANCE_MS = 60_000;

/** An instant the caller gave that has not happened yet (a minute's clock skew allowed). */
export function inTheFuture(instant: Date, now: Date): boolean {
  return Number.isNaN(instant.getTime()) || instant.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}

/** A free text the office keeps (a note, a description): trimmed, a blank one as null. */
export function optionalText(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  const text = value.trim();
  if ([...text].length > MAX_LONG_TEXT) {
    throw badUserInput(field, `must be at most ${MAX_LONG_TEXT} characters`);
  }
  return text;
}

export function writerOf(context: CivilRightsContext, em: EntityManager): Writer {
  return {
    em,
    events: context.events,
    settings: context.settings,
    traceparent: context.traceparent,
  };
}

/**
 * Locks the complaint, checks the caller may act on it, runs the change, and saves it with its
 * events in one transaction. The coordinator acts on every complaint; with `referredAgencyMay`
 * an external agency acts on the complaints referred to it (others are FORBIDDEN, not named).
 */
export async function write(
  context: CivilRightsContext,
  caseId: string,
  change: (writer: Writer, complaint: TitleVIComplaint, now: Date) => Promise<void>,
  options: { referredAgencyMay?: boolean } = {},
): Promise<Case> {
  const { caller } = context;
  const coordinator = hasAnyRole(caller, [COORDINATOR]);
  return context.em.transactional(async (em) => {
    const complaint = await lockComplaint(em, caseId);
    if (!coordinator) {
      const referred =
        options.referredAgencyMay &&
        caller.agency !== null &&
        hasAnyRole(caller, [EXTERNAL_AGENCY]) &&
        complaint !== null &&
        (await em.count(TitleVIReferral, { caseId: complaint.caseId, agencyId: caller.agency })) >
          0;
      if (!referred)
        throw forbidden(
          'only the Title VI coordinator and the agencies a complaint was referred to act on it',
        );
    }
    if (!complaint) throw notFound('the Title VI complaint (none was filed for this case)');
    const now = new Date();
    await change(writerOf(context, em), complaint, now);
    complaint.updatedAt = now;
    const found = await em.findOne(Case, { id: complaint.caseId });
    return found ?? Case.unknown(complaint.caseId);
  });
}

/** The complaint of a case, locked for this transaction (its status copy first), or null. */
export async function lockComplaint(
  em: EntityManager,
  caseId: string,
): Promise<TitleVIComplaint | null> {
  if (!isUuid(caseId)) return null;
  await lockStatusCopy(em, caseId);
  return em.findOne(TitleVIComplaint, { caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

export function close(complaint: TitleVIComplaint, at: Date, disposition: string): void {
  complaint.stage = TitleVIStage.CLOSED;
  complaint.disposition = disposition;
  complaint.dispositionAt = at;
  complaint.closedAt = at;
}

/** The hub status of the complaint's stage, with the office's word for it. */
export async function publishStage(writer: Writer, complaint: TitleVIComplaint): Promise<void> {
  const { status, agencyStatus } = statusOfStage(complaint.stage);
  await changeStatus(writer, complaint.caseId, status, agencyStatus);
}

/** The hub status, decided by the Title VI office. Never a reason with personal data. */
export async function changeStatus(
  writer: Writer,
  caseId: string,
  status: CaseStatus,
  agencyStatus: string,
): Promise<void> {
  await recordStatusChange(writer.em, writer.events, {
    caseId,
    status,
    agency: TITLE_VI_AGENCY,
    agencyStatus,
    // The office's words name destinations and stages of a Title VI complaint: its own.
    readers: [COORDINATOR],
    traceparent: writer.traceparent,
  });
}
