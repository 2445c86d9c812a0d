import { CaseStatus } from '@hub/contracts';
import { TitleVIProgram, TitleVIReceivedVia, TitleVIStage, TitleVIStep } from './title-vi.enums';

/*
 * Where a complaint stands in the office's own procedure (docs/domain.md §7): the gate a new
 * complaint stops at, the stages in which the procedure runs, and the hub status each stage is
 * published as.
 */

/**
 * Which gate a complaint stops at. A verbal FTA complaint is recorded and not processed; a
 * verbal FHWA one, or an unsigned written one, waits for the signed form; a late one waits for
 * the coordinator; the rest proceed.
 */
export function stageAtFiling(
  program: TitleVIProgram,
  signed: boolean,
  receivedVia: TitleVIReceivedVia,
  late: boolean,
): TitleVIStage {
  if (receivedVia === TitleVIReceivedVia.VERBAL) {
    return program === TitleVIProgram.FTA
      ? TitleVIStage.VERBAL_NOT_PROCESSED
      : TitleVIStage.AWAITING_SIGNED_COMPLAINT;
  }
  if (!signed) return TitleVIStage.AWAITING_SIGNED_COMPLAINT;
  return late ? TitleVIStage.AWAITING_LATE_REVIEW : TitleVIStage.OPEN;
}

/** Stages in which the procedure runs (referrals, steps, clocks). */
export const PROCEEDING_STAGES: readonly TitleVIStage[] = [
  TitleVIStage.OPEN,
  TitleVIStage.REFERRED,
];

/** Stages that wait for the signed, written complaint (the one a verbal FTA one may become). */
export const AWAITING_SIGNATURE_STAGES: readonly TitleVIStage[] = [
  TitleVIStage.AWAITING_SIGNED_COMPLAINT,
  TitleVIStage.VERBAL_NOT_PROCESSED,
];

/** Referral and investigation happen once the complaint proceeds, or on appeal. */
export const REFERRABLE_STAGES: readonly TitleVIStage[] = [
  ...PROCEEDING_STAGES,
  TitleVIStage.APPEALED,
];

/** Why a complaint at this stage cannot be referred or assigned, or null when it can. */
export function referralRefusal(stage: TitleVIStage): string | null {
  if (REFERRABLE_STAGES.includes(stage)) return null;
  return stage === TitleVIStage.CLOSED
    ? 'the case is closed'
    : `the complaint does not proceed yet (${stage}): a signed written complaint, filed in time or accepted late, is required`;
}

/**
 * Why a step of the FTA procedure cannot be recorded at this stage, or null when it can: an
 * appeal is of a final decision, so of a closed complaint; every other step is recorded while
 * the procedure runs.
 */
export function stepRefusal(stage: TitleVIStage, step: TitleVIStep): string | null {
  if (step === TitleVIStep.APPEAL_RECEIVED) {
    return stage === TitleVIStage.CLOSED ? null : 'there is no final decision to appeal';
  }
  return PROCEEDING_STAGES.includes(stage)
    ? null
    : `the complaint does not proceed at this stage (${stage})`;
}

/** The hub status a stage is published as, with the office's own word beside it. */
export function statusOfStage(stage: TitleVIStage): {
  status: CaseStatus;
  agencyStatus: string;
} {
  switch (stage) {
    case TitleVIStage.AWAITING_SIGNED_COMPLAINT:
      return {
        status: CaseStatus.AWAITING_INFORMATION,
        agencyStatus: 'awaiting the signed complaint',
      };
    case TitleVIStage.VERBAL_NOT_PROCESSED:
      return {
        status: CaseStatus.AWAITING_INFORMATION,
        agencyStatus: 'verbal complaint recorded, not formally processed',
      };
    case TitleVIStage.AWAITING_LATE_REVIEW:
      return {
        status: CaseStatus.IN_PROGRESS,
        agencyStatus: 'filed late: for the coordinator to review',
      };
    case TitleVIStage.OPEN:
      return { status: CaseStatus.IN_PROGRESS, agencyStatus: 'complaint filed' };
    case TitleVIStage.REFERRED:
      return { status: CaseStatus.REFERRED, agencyStatus: 'referred' };
    case TitleVIStage.CLOSED:
      return { status: CaseStatus.CLOSED, agencyStatus: 'closed' };
    case TitleVIStage.APPEALED:
      return { status: CaseStatus.APPEALED, agencyStatus: 'appealed' };
  }
}
