import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Directive, Field, ObjectType } from 'type-graphql';
import { CaseStatus, type Role } from '@hub/contracts';
import { releaseRestricted } from '../access/role-rules';
import type { RequestContext } from '../subgraph/context';
import './status-vocabulary'; // registers CaseStatus as a GraphQL enum

// The status copy every subgraph keeps of every case it hears of (docs/architecture.md "Events and
// the agencies' copies of case status"). Both tables hold only what the events say, nothing
// about when this copy applied them, so two copies fed the same events are byte-identical.

const OFFICE_RULE =
  ' Read under the rule of the office that wrote it (HR, OPA, Internal Audit and Title VI name their readers): any other role gets FORBIDDEN here, and every attempt under such a rule is logged by the subgraph that answers.';

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

  @Property({ type: 'text', fieldName: 'agency_status', nullable: true })
  agencyStatus!: string | null;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  /** Who may read agencyStatus and reason, as the writing office decided; null: anyone here. */
  @Property({ type: ArrayType, nullable: true })
  readers: string[] | null = null;

  /** Hybrid logical clock of the change: the order every copy agrees on. */
  @Property({ type: 'text' })
  hlc!: string;

  /** The event's source (jurisdiction/subgraph): breaks ties between equal clocks. */
  @Property({ type: 'text' })
  origin!: string;

  @Field({ description: 'When the agency made the change.' })
  @Property({ type: 'timestamptz', fieldName: 'occurred_at' })
  occurredAt!: Date;

  @Field(() => String, {
    nullable: true,
    name: 'agencyStatus',
    description: `That agency's own word for it.${OFFICE_RULE}`,
  })
  async agencyStatusFor(@Ctx() context: RequestContext<unknown>): Promise<string | null> {
    return this.released(context, 'agencyStatus', this.agencyStatus);
  }

  @Field(() => String, {
    nullable: true,
    name: 'reason',
    description: `Why, in that agency's words.${OFFICE_RULE}`,
  })
  async reasonFor(@Ctx() context: RequestContext<unknown>): Promise<string | null> {
    return this.released(context, 'reason', this.reason);
  }

  /**
   * The office's own word or reason for a caller its rule admits; FORBIDDEN otherwise. Under
   * an office's rule every attempt is logged here, by the subgraph serving it.
   */
  private async released(
    context: RequestContext<unknown>,
    field: 'agencyStatus' | 'reason',
    value: string | null,
  ): Promise<string | null> {
    if (this.readers === null || value === null) return value;
    await releaseRestricted(
      context,
      this.caseId,
      `statusHistory.${field}`,
      this.readers as Role[],
      `${this.agency} keeps its ${field === 'agencyStatus' ? 'own status words' : 'reasons'} to its own readers`,
    );
    return value;
  }
}
