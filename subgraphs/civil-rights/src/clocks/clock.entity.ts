import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import { clockState, daysOf } from './clock.rules';
import type { CivilRightsContext } from '../context';
import { TitleVIClockKind, TitleVIClockState } from '../complaints/title-vi.enums';

/**
 * One clock of one complaint, in calendar days. The breach scheduler claims running,
 * unreported rows past their due time and marks them reported in the transaction that
 * publishes the breach: once per clock.
 */
@ObjectType('TitleVIClock', { description: 'One Title VI clock of a complaint, in calendar days.' })
@Entity({ tableName: 'title_vi_clock' })
export class TitleVIClock {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => TitleVIClockKind)
  @Enum({ items: () => TitleVIClockKind })
  clock!: TitleVIClockKind;

  @Field({ description: 'What it counts from: receipt, a notification, a decision, a report.' })
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field()
  @Property({ type: 'timestamptz' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When what it waited for was done.' })
  @Property({ type: 'timestamptz', nullable: true })
  metAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the case ended with it still running.' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  breachReportedAt: Date | null = null;

  @Field(() => Int, { description: 'Its length in calendar days, as configured.' })
  days(@Ctx() { settings }: CivilRightsContext): number {
    return daysOf(settings.clocks, this.clock);
  }

  @Field(() => TitleVIClockState)
  state(@Ctx() { settings, loaders }: CivilRightsContext): TitleVIClockState {
    return clockState(settings.calendar, settings.clocks, this, loaders.now);
  }
}
