import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, ObjectType } from 'type-graphql';
import type { RoutingContext } from '../context';
import { DeadlineClock, DeadlineState } from './deadline.enums';
import { deadlineState } from './deadline.rules';

/**
 * One clock of one case. The breach scheduler claims unmet, unreported rows past their due
 * time and marks them reported in the transaction that publishes the breach: once per breach.
 */
@ObjectType({ description: 'One clock of a case on the working-day calendar.' })
@Entity({ tableName: 'deadline' })
export class Deadline {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => DeadlineClock)
  @Enum({ items: () => DeadlineClock })
  clock!: DeadlineClock;

  @Field()
  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the clock stopped, if it has.' })
  @Property({ type: 'timestamptz', nullable: true })
  metAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  breachReportedAt: Date | null = null;

  @Field(() => DeadlineState)
  state(@Ctx() { loaders, settings }: RoutingContext): DeadlineState {
    const { calendar, policy } = settings;
    return deadlineState(calendar, policy, this, loaders.now);
  }
}
