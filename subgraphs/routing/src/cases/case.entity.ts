import type { Role } from '@hub/contracts';
import { AllowRoles, releaseRestricted } from '@hub/service-kit';
import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Directive, Field, ID, ObjectType } from 'type-graphql';
import type { RoutingContext } from '../context';
import { Deadline } from '../deadlines/deadline.entity';
import { appealWindowClosesAt } from '../deadlines/deadline.rules';
import { Agency, Department, StaffMember } from '../departments/department.entity';
import { EscalationLevel } from '../escalation/escalation.enums';
import { RoutingHistoryEntry } from '../routing/routing-history.entity';
import { ROUTING_READERS } from './case-access.rules';
import { Outcome, Priority, RoutingStage } from './case.enums';

// The case as routing sees it: intake owns Case (kind, reporter, ...); routing extends it by
// `id` with where it went, how urgent it is, who works it, its clocks and its outcome.

@ObjectType({ description: 'Who works the case and since when.' })
export class Assignment {
  @Field(() => StaffMember)
  staff!: StaffMember;

  @Field()
  assignedAt!: Date;
}

@ObjectType({ description: 'How far up the ladder the complaint has gone.' })
export class Escalation {
  @Field(() => EscalationLevel)
  level!: EscalationLevel;

  @Field({ description: 'The complaint is about the head of service: trustees hear it.' })
  aboutHeadOfService!: boolean;

  @Field(() => Date, { nullable: true })
  escalatedAt!: Date | null;

  @Field({ description: 'True at the board, whose decision is final.' })
  final!: boolean;
}

@ObjectType({ description: 'How the case ended, as the department decided it.' })
export class CaseOutcome {
  @Field(() => Outcome)
  outcome!: Outcome;

  @Field({ description: 'The text the reporter receives.' })
  disposition!: string;

  @Field(() => String, { nullable: true, description: 'Upheld: what was done.' })
  actionsTaken!: string | null;

  @Field(() => String, { nullable: true, description: 'Upheld: the steps against recurrence.' })
  recurrencePrevention!: string | null;

  @Field(() => String, { nullable: true, description: 'Not upheld: why.' })
  reasons!: string | null;

  @Field()
  decidedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last moment to lodge an appeal.' })
  appealWindowClosesAt!: Date | null;
}

@ObjectType({ description: 'An appeal against the outcome, lodged in writing.' })
export class Appeal {
  @Field()
  lodgedAt!: Date;

  @Field()
  reasons!: string;
}

@ObjectType({ description: 'Out of jurisdiction: the body the reporter was referred to.' })
export class Referral {
  @Field(() => Agency, { nullable: true })
  agency!: Agency | null;

  @Field()
  disposition!: string;
}

/**
 * Routing's fields of a case are for city staff (ROUTING_READERS, on each field); a department
 * or office sees its own cases only (the reference resolver and the queue check that).
 */
const OWN_CASES = ' City staff; a department or an office reads only its own cases.';

@Directive('@key(fields: "id")')
@ObjectType('Case')
@Entity({ tableName: 'routed_case' })
export class Case {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  // What routing decided on, from case.received.v1. Intake serves these fields; routing
  // keeps its copy to route, to re-route and to start the right clocks.
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text', nullable: true })
  subjectCategory: string | null = null;

  @Property({ type: 'text', nullable: true })
  serviceCode: string | null = null;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'text' })
  departmentId!: string;

  @Enum({ items: () => Priority })
  priority: Priority = Priority.ROUTINE;

  @Enum({ items: () => RoutingStage })
  routingStage: RoutingStage = RoutingStage.ROUTED;

  @Property({ type: 'text', nullable: true })
  assigneeId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null = null;

  @Enum({ items: () => EscalationLevel, nullable: true })
  escalationLevel: EscalationLevel | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null = null;

  @Property({ type: 'boolean' })
  aboutHeadOfService = false;

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Enum({ items: () => Outcome, nullable: true })
  outcome: Outcome | null = null;

  @Property({ type: 'text', nullable: true })
  disposition: string | null = null;

  @Property({ type: 'text', nullable: true })
  actionsTaken: string | null = null;

  @Property({ type: 'text', nullable: true })
  recurrencePrevention: string | null = null;

  @Property({ type: 'text', nullable: true })
  outcomeReasons: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  outcomeAt: Date | null = null;

  /** Who may read the disposition, as the office that closed the case decided; null: anyone here. */
  @Property({ type: ArrayType, nullable: true })
  outcomeReaders: string[] | null = null;

  @Property({ type: 'text', nullable: true })
  referralAgencyId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  appealLodgedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  appealReasons: string | null = null;

  /** The earliest due time of its running clocks; department queues sort by it. */
  @Property({ type: 'timestamptz', nullable: true })
  nextDueAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** A case intake has but routing has not received yet: only its id is known here. */
  static unrouted(id: string): Case {
    return Object.assign(new Case(), { id });
  }

  private get routed(): boolean {
    return this.departmentId !== undefined;
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => Priority, {
    name: 'priority',
    nullable: true,
    description: `Null until routed.${OWN_CASES}`,
  })
  priorityOfCase(): Priority | null {
    return this.routed ? this.priority : null;
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => RoutingStage, {
    name: 'routingStage',
    nullable: true,
    description: `Where it stands in routing's workflow; null until routed.${OWN_CASES}`,
  })
  stageOfCase(): RoutingStage | null {
    return this.routed ? this.routingStage : null;
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => Department, {
    nullable: true,
    description: `The department responsible for it.${OWN_CASES}`,
  })
  async department(@Ctx() { loaders }: RoutingContext): Promise<Department | null> {
    return this.routed ? loaders.departmentById.load(this.departmentId) : null;
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => Assignment, { nullable: true, description: `Who works on it.${OWN_CASES}` })
  async assignment(@Ctx() { loaders }: RoutingContext): Promise<Assignment | null> {
    if (!this.assigneeId || !this.assignedAt) return null;
    const staff = await loaders.staffById.load(this.assigneeId);
    return staff ? Object.assign(new Assignment(), { staff, assignedAt: this.assignedAt }) : null;
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => [Deadline], { description: `Each clock, nearest first.${OWN_CASES}` })
  async deadlines(@Ctx() { loaders }: RoutingContext): Promise<Deadline[]> {
    return this.routed ? loaders.deadlinesByCase.load(this.id) : [];
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => Escalation, {
    nullable: true,
    description: `Where it stands on the escalation ladder.${OWN_CASES}`,
  })
  escalation(): Escalation | null {
    if (!this.escalationLevel) return null;
    return Object.assign(new Escalation(), {
      level: this.escalationLevel,
      aboutHeadOfService: this.aboutHeadOfService,
      escalatedAt: this.escalatedAt,
      final: this.escalationLevel === EscalationLevel.BOARD,
    });
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => [RoutingHistoryEntry], {
    description: `Every routing decision, oldest first.${OWN_CASES}`,
  })
  async routingHistory(@Ctx() { loaders }: RoutingContext): Promise<RoutingHistoryEntry[]> {
    return this.routed ? loaders.historyByCase.load(this.id) : [];
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => CaseOutcome, {
    nullable: true,
    name: 'outcome',
    description:
      `Upheld or not, and why.${OWN_CASES} A case an office that keeps its findings closed (HR, ` +
      'OPA, Internal Audit) reads CLOSED with the text the reporter was sent, and only for ' +
      'the roles that office named (others get FORBIDDEN); every such read is logged.',
  })
  async outcomeOf(@Ctx() context: RoutingContext): Promise<CaseOutcome | null> {
    if (!this.outcome || !this.outcomeAt || this.disposition === null) return null;
    if (this.outcomeReaders) {
      // An office's closure: its text for the reporter, to the readers it named, logged here.
      await releaseRestricted(
        context,
        this.id,
        'outcome',
        this.outcomeReaders as Role[],
        'outcome: the office that closed this case keeps its outcome to its own readers',
      );
    }
    const { calendar, policy } = context.settings;
    return Object.assign(new CaseOutcome(), {
      outcome: this.outcome,
      disposition: this.disposition,
      actionsTaken: this.actionsTaken,
      recurrencePrevention: this.recurrencePrevention,
      reasons: this.outcomeReasons,
      decidedAt: this.outcomeAt,
      appealWindowClosesAt:
        this.outcome === Outcome.OUT_OF_JURISDICTION || this.outcome === Outcome.CLOSED
          ? null
          : appealWindowClosesAt(calendar, policy, this.outcomeAt),
    });
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => Appeal, { nullable: true, description: `The appeal, if lodged.${OWN_CASES}` })
  appeal(): Appeal | null {
    if (!this.appealLodgedAt || this.appealReasons === null) return null;
    return Object.assign(new Appeal(), {
      lodgedAt: this.appealLodgedAt,
      reasons: this.appealReasons,
    });
  }

  @AllowRoles(...ROUTING_READERS)
  @Field(() => Referral, {
    nullable: true,
    description: `Out of jurisdiction: where it was referred.${OWN_CASES}`,
  })
  async referral(@Ctx() { loaders }: RoutingContext): Promise<Referral | null> {
    if (!this.referralAgencyId) return null;
    return Object.assign(new Referral(), {
      agency: await loaders.agencyById.load(this.referralAgencyId),
      disposition: this.disposition ?? '',
    });
  }
}
