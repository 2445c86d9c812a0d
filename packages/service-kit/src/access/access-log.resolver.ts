import { isUuid, type Role } from '@hub/contracts';
import { Arg, Ctx, ID, Int, Query, Resolver, type ClassType } from 'type-graphql';
import { badUserInput } from '../graphql/errors';
import type { RequestContext } from '../subgraph/context';
import { RestrictedFieldRead } from './access-log';
import { AllowRoles } from './role-rules';

export const ACCESS_LOG_PAGE_MAX = 100;

/** A query that reads an office's access log, for the office alone (newest first). */
export function accessLogResolver(options: {
  readonly queryName: string;
  readonly readers: readonly Role[];
  readonly description: string;
}): ClassType {
  @Resolver()
  class AccessLogResolver {
    @AllowRoles(...options.readers)
    @Query(() => [RestrictedFieldRead], {
      name: options.queryName,
      description: options.description,
    })
    async accessLog(
      @Arg('caseId', () => ID, { nullable: true }) caseId: string | null | undefined,
      @Arg('first', () => Int, { defaultValue: 50 }) first: number,
      @Ctx() context: RequestContext<unknown>,
    ): Promise<RestrictedFieldRead[]> {
      if (first < 1 || first > ACCESS_LOG_PAGE_MAX) {
        throw badUserInput('first', `must be from 1 to ${ACCESS_LOG_PAGE_MAX}`);
      }
      if (caseId != null && !isUuid(caseId)) throw badUserInput('caseId', 'is not a case id');
      return context.em.find(RestrictedFieldRead, caseId ? { caseId } : {}, {
        orderBy: { readAt: 'desc', id: 'desc' },
        limit: first,
      });
    }
  }
  return AccessLogResolver;
}
