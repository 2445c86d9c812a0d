import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ID, Int, ObjectType } from 'type-graphql';
import type { RoutingContext } from '../context';
import { AgencyKind, StaffRole } from './department.enums';

// Departments, their staff and the agencies cases are referred to: rows upserted from the
// routing table at start, and the GraphQL types other systems read.

@ObjectType({ description: 'A city department or specialist office that works cases.' })
@Entity({ tableName: 'department' })
export class Department {
  @Field(() => ID, { description: 'The slug of the routing table, e.g. public-works.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  headId!: string;

  @Property({ type: 'text' })
  primaryMonitorId!: string;

  @Property({ type: 'text' })
  backupMonitorId!: string;

  /** The token role of a specialist office (hr, opa, audit, title_vi_coordinator). */
  @Property({ type: 'text', nullable: true })
  officeRole: string | null = null;

  @Field(() => Boolean, { description: 'False once the routing table no longer lists it.' })
  @Property({ type: 'boolean' })
  active = true;

  @Field(() => StaffMember, { nullable: true })
  async head(@Ctx() { loaders }: RoutingContext): Promise<StaffMember | null> {
    return loaders.staffById.load(this.headId);
  }

  @Field(() => StaffMember, { nullable: true, description: 'Watches the queue; alerted at once.' })
  async primaryMonitor(@Ctx() { loaders }: RoutingContext): Promise<StaffMember | null> {
    return loaders.staffById.load(this.primaryMonitorId);
  }

  @Field(() => StaffMember, { nullable: true, description: 'Alerted with the primary monitor.' })
  async backupMonitor(@Ctx() { loaders }: RoutingContext): Promise<StaffMember | null> {
    return loaders.staffById.load(this.backupMonitorId);
  }

  @Field(() => [StaffMember])
  async staff(@Ctx() { loaders }: RoutingContext): Promise<StaffMember[]> {
    return loaders.staffByDepartment.load(this.id);
  }
}

@ObjectType({ description: 'A member of a department who works cases.' })
@Entity({ tableName: 'staff_member' })
export class StaffMember {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  departmentId!: string;

  @Field(() => StaffRole)
  @Enum({ items: () => StaffRole })
  role!: StaffRole;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  @Field(() => Department, { nullable: true })
  async department(@Ctx() { loaders }: RoutingContext): Promise<Department | null> {
    return loaders.departmentById.load(this.departmentId);
  }

  @Field(() => Int, { description: 'Open cases assigned to this person: the workload.' })
  async openAssignments(@Ctx() { loaders }: RoutingContext): Promise<number> {
    return loaders.openAssignmentsByStaff.load(this.id);
  }
}

@ObjectType({
  description: "A body cases are referred to: the city's own offices or another government's.",
})
@Entity({ tableName: 'agency' })
export class Agency {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind })
  kind!: AgencyKind;

  @Field({ description: 'How the public reaches it.' })
  @Property({ type: 'text' })
  contact!: string;

  @Field({ description: 'What it handles, as told to a reporter.' })
  @Property({ type: 'text' })
  handles!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;
}
