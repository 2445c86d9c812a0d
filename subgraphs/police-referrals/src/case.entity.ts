import { isUuid } from '@hub/contracts';
import { Restricted } from '@hub/service-kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Directive, Field, ID, ObjectType } from 'type-graphql';
import type { PoliceReferralsContext } from './context';
import { OpaReferral } from './opa-referral.entity';
import {
  accessLogField,
  DEPARTMENT_ROLES,
  REFERRAL_READERS,
  referralReadersFor,
  refusalOf,
} from './opa-referral.rules';

// The case as police referrals sees it: intake owns Case; this subgraph extends it by `id`
// with `opaReferral`. It keeps, per case, only what it needs to decide on a referral: the
// kind (case.received.v1) and the department routing chose (case.routed.v1), whichever
// arrives first.

@Directive('@key(fields: "id")')
@ObjectType('Case')
@Entity({ tableName: 'referral_case' })
export class Case {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Intake's kind; null until case.received.v1 arrives. */
  @Property({ type: 'text', nullable: true })
  kind: string | null = null;

  /** Routing's latest department; null until case.routed.v1 arrives. */
  @Property({ type: 'text', nullable: true })
  departmentId: string | null = null;

  /** When routing sent it there (the event's time): the referral's forwardedAt. */
  @Property({ type: 'timestamptz', nullable: true })
  routedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** A case as the gateway names it: only its id; its referral is read through a loader. */
  static of(id: string): Case {
    return Object.assign(new Case(), { id });
  }

  // Declared: every role that may read it for some case; a department's staff only its own.
  @Restricted<Case, PoliceReferralsContext>({
    readers: [...REFERRAL_READERS, ...DEPARTMENT_ROLES],
    readersOf: async (found, { caller, loaders }) => {
      const referral = await loaders.referralByCase.load(found.id);
      return referralReadersFor(caller, referral?.departmentId ?? null);
    },
    logAs: accessLogField(null),
    refusal: refusalOf(null),
    // No case of the hub has such an id: nothing to read.
    skip: (found) => !isUuid(found.id),
  })
  @Field(() => OpaReferral, {
    nullable: true,
    description:
      'The referral to OPA or Fire Operations; null when there is none. RESTRICTED to 311 ' +
      "agents, OPA, analysts, the council and the staff of the department it went to; OPA's " +
      'details inside are for OPA only. Every read, granted or refused, is logged.',
  })
  opaReferral(@Ctx() { loaders }: PoliceReferralsContext): Promise<OpaReferral | null> {
    return loaders.referralByCase.load(this.id);
  }
}
