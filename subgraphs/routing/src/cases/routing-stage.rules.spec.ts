import { RoutingStage } from './case.enums';
import {
  COMMAND_STAGES,
  isOpen,
  mayFollow,
  stageAfterAssignment,
  stageAfterReroute,
  stageRefusal,
  STAGE_TRANSITIONS,
  type RoutingCommand,
} from './routing-stage.rules';

const { ROUTED, ASSIGNED, COMPLETED, APPEALED, OUT_OF_JURISDICTION, WITHDRAWN } = RoutingStage;
const STAGES = Object.values(RoutingStage);
const COMMANDS = Object.keys(COMMAND_STAGES) as RoutingCommand[];
/** The commands that work a case in its department's queue. */
const WORKING_COMMANDS: RoutingCommand[] = [
  'reroute',
  'changePriority',
  'assign',
  'acknowledge',
  'escalate',
  'complete',
];

describe("routing's stages", () => {
  it('keeps routed, assigned and appealed cases open; the others have left the queue', () => {
    expect(STAGES.filter(isOpen)).toEqual([ROUTED, ASSIGNED, APPEALED]);
  });

  it('moves a routed case to assigned when someone takes it, and back when it is re-routed', () => {
    expect(stageAfterAssignment(ROUTED)).toBe(ASSIGNED);
    expect(stageAfterAssignment(ASSIGNED)).toBe(ASSIGNED);
    expect(stageAfterAssignment(APPEALED)).toBe(APPEALED);
    expect(stageAfterReroute(ASSIGNED)).toBe(ROUTED);
    expect(stageAfterReroute(ROUTED)).toBe(ROUTED);
    expect(stageAfterReroute(APPEALED)).toBe(APPEALED);
    for (const stage of [ROUTED, ASSIGNED, APPEALED]) {
      expect(mayFollow(stage, stageAfterAssignment(stage))).toBe(true);
      expect(mayFollow(stage, stageAfterReroute(stage))).toBe(true);
    }
  });

  it('completes or withdraws an open case, re-opens a completed one only by appeal', () => {
    for (const open of [ROUTED, ASSIGNED, APPEALED]) {
      expect(mayFollow(open, COMPLETED)).toBe(true);
      expect(mayFollow(open, WITHDRAWN)).toBe(true);
    }
    expect(mayFollow(COMPLETED, APPEALED)).toBe(true);
    expect(mayFollow(COMPLETED, ROUTED)).toBe(false);
    expect(mayFollow(COMPLETED, ASSIGNED)).toBe(false);
    expect(mayFollow(APPEALED, ROUTED)).toBe(false);
  });

  it('never moves a case out of jurisdiction or withdrawn', () => {
    expect(STAGE_TRANSITIONS[OUT_OF_JURISDICTION]).toEqual([]);
    expect(STAGE_TRANSITIONS[WITHDRAWN]).toEqual([]);
    for (const stage of STAGES) {
      expect(mayFollow(OUT_OF_JURISDICTION, stage)).toBe(stage === OUT_OF_JURISDICTION);
      expect(mayFollow(WITHDRAWN, stage)).toBe(stage === WITHDRAWN);
    }
  });
});

describe('what each command may do in which stage', () => {
  it('works an open case, and refuses one that has left the queue as a conflict', () => {
    for (const command of WORKING_COMMANDS) {
      for (const stage of [ROUTED, ASSIGNED, APPEALED]) {
        expect(stageRefusal(command, stage)).toBeNull();
      }
      expect(stageRefusal(command, COMPLETED)).toEqual({
        kind: 'conflict',
        message: 'the case was already completed',
      });
      expect(stageRefusal(command, OUT_OF_JURISDICTION)).toEqual({
        kind: 'conflict',
        message: 'the case was closed as out of jurisdiction and referred elsewhere',
      });
    }
  });

  it('refuses every command on a withdrawn case', () => {
    for (const command of COMMANDS) {
      expect(stageRefusal(command, WITHDRAWN)).toEqual({
        kind: 'conflict',
        message: 'the reporter withdrew the case',
      });
    }
  });

  it('takes an appeal only against an outcome, naming the case when there is none yet', () => {
    for (const stage of [COMPLETED, APPEALED, OUT_OF_JURISDICTION]) {
      expect(stageRefusal('lodgeAppeal', stage)).toBeNull();
    }
    for (const stage of [ROUTED, ASSIGNED]) {
      expect(stageRefusal('lodgeAppeal', stage)).toEqual({
        kind: 'input',
        field: 'caseId',
        message: 'the case has no outcome to appeal yet',
      });
    }
  });

  it('invites to a hearing only while an appeal is open', () => {
    expect(stageRefusal('inviteToAppealHearing', APPEALED)).toBeNull();
    for (const stage of [ROUTED, ASSIGNED]) {
      expect(stageRefusal('inviteToAppealHearing', stage)).toEqual({
        kind: 'input',
        field: 'caseId',
        message: 'the case has no appeal to hear',
      });
    }
    expect(stageRefusal('inviteToAppealHearing', COMPLETED)?.kind).toBe('conflict');
  });

  it('says why for every stage a command may not act in', () => {
    for (const command of COMMANDS) {
      for (const stage of STAGES) {
        const allowed = COMMAND_STAGES[command].includes(stage);
        expect(stageRefusal(command, stage) === null).toBe(allowed);
      }
    }
  });
});
