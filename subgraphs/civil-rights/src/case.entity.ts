import { hasAnyRole, releaseRestricted, requiresScopes, type Role } from '@hub/service-kit';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Ctx, Directive, Field, ID, ObjectType } from 'type-graphql';
import { TitleVIComplaint } from './complaint.entity';
import type { CivilRightsContext } from './context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isCaseId = (id: string): boolean => UUID.test(id);

export const COORDINATOR: Role = 'title_vi_coordinator';
export const EXTERNAL_AGENCY: Role = 'external_agency';

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

  // Guarded here, where it is declared: null on refusal so the rest of the answer (status)
  // still arrives, and every attempt, granted or refused, is on the access log.
  @Directive(requiresScopes([COORDINATOR, EXTERNAL_AGENCY]))
  @Field(() => TitleVIComplaint, {
    nullable: true,
    description:
      'RESTRICTED. The Title VI complaint: role title_vi_coordinator, or external_agency for ' +
      'a case referred to the agency in its token. Everyone else sees the status only. ' +
      'Every attempt is logged.',
  })
  async titleVI(@Ctx() context: CivilRightsContext): Promise<TitleVIComplaint | null> {
    const { caller, loaders } = context;
    if (!isCaseId(this.id)) return null; // no such case: nothing to guard or to log
    const readers: Role[] = [COORDINATOR];
    if (caller.agency && hasAnyRole(caller, [EXTERNAL_AGENCY])) {
      const referrals = await loaders.referralsByCase.load(this.id);
      if (referrals.some((referral) => referral.agencyId === caller.agency)) {
        readers.push(EXTERNAL_AGENCY);
      }
    }
    await releaseRestricted(
      { caller, accessLog: loaders.accessLog },
      this.id,
      'titleVI',
      readers,
      'titleVI: a Title VI complaint is for the Title VI coordinator and the agencies it was referred to',
    );
    return loaders.complaintByCase.load(this.id);
  }
}
