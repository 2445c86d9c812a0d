import { CITY_STAFF_ROLES } from '@hub/contracts';
import { AllowRoles } from '@hub/service-kit';
import { Ctx, Directive, Field, ID, ObjectType } from 'type-graphql';
import { AuditReview } from './audit-review.entity';
import type { AuditContext } from './context';

/**
 * The case as Internal Audit sees it: intake owns Case (kind, reporter, ...); internal-audit
 * extends it by `id` with its file. No table of its own: the file is keyed by the case id.
 */
@Directive('@key(fields: "id")')
@ObjectType('Case')
export class Case {
  @Field(() => ID)
  id!: string;

  /** A case as the gateway names it: only its id; its file is read through a loader. */
  static of(id: string): Case {
    return Object.assign(new Case(), { id });
  }

  // The city's staff (never a resident or an outside agency, even calling this subgraph
  // directly); the file's restricted fields guard themselves.
  @AllowRoles(...CITY_STAFF_ROLES)
  @Field(() => AuditReview, {
    nullable: true,
    description:
      "Internal Audit's file on the case; null when Internal Audit holds none. For the city's staff; its details are Internal Audit's alone.",
  })
  auditReview(@Ctx() { loaders }: AuditContext): Promise<AuditReview | null> {
    return loaders.fileByCase.load(this.id);
  }
}
