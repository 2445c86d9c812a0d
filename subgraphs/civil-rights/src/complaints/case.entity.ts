import { CITY_STAFF_ROLES, isUuid, type Role } from '@hub/contracts';
import { hasAnyRole, Restricted } from '@hub/service-kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Directive, Field, ID, ObjectType } from 'type-graphql';
import type { CivilRightsContext } from '../context';
import { TitleVIComplaint } from './complaint.entity';
import { COORDINATOR, EXTERNAL_AGENCY } from './title-vi.office';

/**
 * The case as civil rights sees it: intake owns Case; this subgraph extends it by `id` with
 * the Title VI complaint. A row exists for each case intake received as a civil-rights
 * complaint or routing sent to the Title VI coordinator: only those can have a complaint filed.
 */
@Directive('@key(fields: "id")')
@ObjectType('Case')
@Entity({ tableName: 'civil_rights_case' })
export class Case {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** From case.received.v1; null while only routing's event has arrived. */
  @Property({ type: 'text', nullable: true })
  kind: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  intakeReceivedAt: Date | null = null;

  /** From case.routed.v1 to the Title VI coordinator. */
  @Property({ type: 'timestamptz', nullable: true })
  routedToTitleViAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** A case this subgraph has not heard of: only its id is known, and it has no complaint. */
  static unknown(id: string): Case {
    return Object.assign(new Case(), { id });
  }

  // Null on refusal, so the rest of the answer (status) still arrives; every attempt, granted
  // or refused, is on the access log.
  @Restricted<Case, CivilRightsContext>({
    readers: [COORDINATOR, EXTERNAL_AGENCY],
    readersOf: readersOfComplaint,
    skip: (found) => !isUuid(found.id), // no such case: nothing to guard or to log
    refusal:
      'titleVI: a Title VI complaint is for the Title VI coordinator and the agencies it was referred to',
  })
  @Field(() => TitleVIComplaint, {
    nullable: true,
    description:
      'RESTRICTED. The Title VI complaint: role title_vi_coordinator, or external_agency for ' +
      'a case referred to the agency in its token. Everyone else sees the status only. ' +
      'Every attempt is logged.',
  })
  titleVI(@Ctx() { loaders }: CivilRightsContext): Promise<TitleVIComplaint | null> {
    return loaders.complaintByCase.load(this.id);
  }
}

/** The city's staff read every case's status history; an external agency those referred to it. */
export async function historyReadersOf(
  found: Case,
  context: CivilRightsContext,
): Promise<readonly Role[]> {
  return (await referredToCaller(found, context))
    ? [...CITY_STAFF_ROLES, EXTERNAL_AGENCY]
    : CITY_STAFF_ROLES;
}

async function referredToCaller(found: Case, { caller, loaders }: CivilRightsContext) {
  if (!caller.agency || !hasAnyRole(caller, [EXTERNAL_AGENCY]) || !isUuid(found.id)) return false;
  const referrals = await loaders.referralsByCase.load(found.id);
  return referrals.some((referral) => referral.agencyId === caller.agency);
}

/** The coordinator reads every complaint; an external agency those referred to it. */
async function readersOfComplaint(found: Case, context: CivilRightsContext): Promise<Role[]> {
  return (await referredToCaller(found, context)) ? [COORDINATOR, EXTERNAL_AGENCY] : [COORDINATOR];
}
