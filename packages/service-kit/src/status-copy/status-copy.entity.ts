import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { CaseStatus } from '@hub/contracts';
import './status-vocabulary'; // registers CaseStatus as a GraphQL enum

// The status copy every subgraph keeps of every case it hears of (docs/architecture.md "Events and
// the agencies' copies of case status"). Both tables hold only what the events say, nothing
// about when this copy applied them, so two copies fed the same events are byte-identical.

/** One change of status, as it happened in whichever agency made it. Rows are only inserted. */
@Directive('@shareable') // the same entry in every subgraph's copy
@ObjectType('StatusHistoryEntry', { description: 'One change of status, in any agency.' })
@Entity({ tableName: 'case_status_history' })
export class CaseStatusHistoryEntry {
  /** The event's id: a redelivered or replayed change is the same row. */
  @PrimaryKey({ type: 'uuid', fieldName: 'event_id' })
  eventId!: string;

  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Field(() => CaseStatus)
  @Enum({ items: () => CaseStatus })
  status!: CaseStatus;

  @Field({ description: 'The agency or office whose decision it was.' })
  @Property({ type: 'text' })
  agency!: string;

  @Field(() => String, { nullable: true, description: "That agency's own word for it." })
  @Property({ type: 'text', fieldName: 'agency_status', nullable: true })
  agencyStatus!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  /** Hybrid logical clock of the change: the order every copy agrees on. */
  @Property({ type: 'text' })
  hlc!: string;

  /** The event's source (jurisdiction/subgraph): breaks ties between equal clocks. */
  @Property({ type: 'text' })
  origin!: string;

  @Field({ description: 'When the agency made the change.' })
  @Property({ type: 'timestamptz', fieldName: 'occurred_at' })
  occurredAt!: Date;
}

/** The current status: the history's last change by (hlc, origin, event id). */
@Entity({ tableName: 'case_status' })
export class CaseStatusRecord {
  @PrimaryKey({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Enum({ items: () => CaseStatus })
  status!: CaseStatus;

  @Property({ type: 'text' })
  agency!: string;

  @Property({ type: 'text', fieldName: 'agency_status', nullable: true })
  agencyStatus!: string | null;

  @Property({ type: 'text' })
  hlc!: string;

  @Property({ type: 'text' })
  origin!: string;

  @Property({ type: 'text', fieldName: 'event_id' })
  eventId!: string;

  @Property({ type: 'timestamptz', fieldName: 'changed_at' })
  changedAt!: Date;
}
