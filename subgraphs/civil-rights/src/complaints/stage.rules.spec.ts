import { CaseStatus } from '@hub/contracts';
import { referralRefusal, stageAtFiling, statusOfStage, stepRefusal } from './stage.rules';
import { TitleVIProgram, TitleVIReceivedVia, TitleVIStage, TitleVIStep } from './title-vi.enums';

describe('the gate a new complaint stops at', () => {
  const { FHWA, FTA } = TitleVIProgram;
  const { WRITTEN, VERBAL } = TitleVIReceivedVia;

  it('proceeds when written, signed and in time; waits for review when late', () => {
    expect(stageAtFiling(FHWA, true, WRITTEN, false)).toBe(TitleVIStage.OPEN);
    expect(stageAtFiling(FTA, true, WRITTEN, true)).toBe(TitleVIStage.AWAITING_LATE_REVIEW);
  });

  it('holds a verbal FHWA complaint or an unsigned one for the signed form; records a verbal FTA one only', () => {
    expect(stageAtFiling(FHWA, false, VERBAL, false)).toBe(TitleVIStage.AWAITING_SIGNED_COMPLAINT);
    expect(stageAtFiling(FTA, false, WRITTEN, false)).toBe(TitleVIStage.AWAITING_SIGNED_COMPLAINT);
    expect(stageAtFiling(FTA, false, VERBAL, false)).toBe(TitleVIStage.VERBAL_NOT_PROCESSED);
  });

  it('publishes each stage in the hub vocabulary with the office word beside it', () => {
    expect(statusOfStage(TitleVIStage.AWAITING_SIGNED_COMPLAINT).status).toBe(
      CaseStatus.AWAITING_INFORMATION,
    );
    expect(statusOfStage(TitleVIStage.OPEN)).toEqual({
      status: CaseStatus.IN_PROGRESS,
      agencyStatus: 'complaint filed',
    });
  });
});

describe('the stages in which the procedure runs', () => {
  it('refers and assigns a complaint once it proceeds, or on appeal', () => {
    for (const stage of [TitleVIStage.OPEN, TitleVIStage.REFERRED, TitleVIStage.APPEALED]) {
      expect(referralRefusal(stage)).toBeNull();
    }
    expect(referralRefusal(TitleVIStage.CLOSED)).toBe('the case is closed');
    expect(referralRefusal(TitleVIStage.AWAITING_LATE_REVIEW)).toMatch(
      /^the complaint does not proceed yet \(awaiting_late_review\)/,
    );
  });

  it('records the steps while the procedure runs, and an appeal only of a closed complaint', () => {
    expect(stepRefusal(TitleVIStage.REFERRED, TitleVIStep.COURSE_OF_ACTION_DECIDED)).toBeNull();
    expect(stepRefusal(TitleVIStage.VERBAL_NOT_PROCESSED, TitleVIStep.PARTIES_NOTIFIED)).toBe(
      'the complaint does not proceed at this stage (verbal_not_processed)',
    );
    expect(stepRefusal(TitleVIStage.CLOSED, TitleVIStep.APPEAL_RECEIVED)).toBeNull();
    expect(stepRefusal(TitleVIStage.OPEN, TitleVIStep.APPEAL_RECEIVED)).toBe(
      'there is no final decision to appeal',
    );
    expect(stepRefusal(TitleVIStage.CLOSED, TitleVIStep.FINAL_DECISION)).toBe(
      'the complaint does not proceed at this stage (closed)',
    );
  });
});
