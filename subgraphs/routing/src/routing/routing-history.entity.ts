import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ObjectType } from 'type-graphql';
import { Priority } from '../cases/case.enums';
import type { RoutingContext } from '../context';
import { Department, StaffMember } from '../departments/department.entity';
import { EscalationLevel } from '../escalation/escalation.enums';
import { RoutingAction } from './routing-history.enums';

/** One routing decision about a case, kept for good: who, when, what and why. */
@ObjectType({ description: 'One routing decision: who, when, what and why.' })
@Entity({ tableName: 'routing_history' })
export class RoutingHistoryEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id?: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => RoutingAction)
  @Enum({ items: () => RoutingAction })
  action!: RoutingAction;

  @Property({ type: 'text', nullable: true })
  fromDepartmentId: string | null = null;

  @Property({ type: 'text', nullable: true })
  toDepartmentId: string | null = null;

  @Field(() => Priority, { nullable: true })
  @Enum({ items: () => Priority, nullable: true })
  priority: Priority | null = null;

  @Property({ type: 'text', nullable: true })
  staffId: string | null = null;

  @Field(() => EscalationLevel, { nullable: true })
  @Enum({ items: () => EscalationLevel, nullable: true })
  escalationLevel: EscalationLevel | null = null;

  @Field(() => String, { nullable: true, description: 'Why; required for every change by hand.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: 'Token subject of who decided, or "routing" for the rules.' })
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => Department, { nullable: true })
  async fromDepartment(@Ctx() { loaders }: RoutingContext): Promise<Department | null> {
    return this.fromDepartmentId ? loaders.departmentById.load(this.fromDepartmentId) : null;
  }

  @Field(() => Department, { nullable: true })
  async toDepartment(@Ctx() { loaders }: RoutingContext): Promise<Department | null> {
    return this.toDepartmentId ? loaders.departmentById.load(this.toDepartmentId) : null;
  }

  @Field(() => StaffMember, { nullable: true })
  async staff(@Ctx() { loaders }: RoutingContext): Promise<StaffMember | null> {
    return this.staffId ? loaders.staffById.load(this.staffId) : null;
  }
}
