import { AccessLog, type Caller, type RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createAuditDataLoaders, type AuditDataLoaders } from './audit.loader';
import type { AuditSettings } from './environment';

/** What each request of internal-audit gets beside the kit's context. */
export interface AuditLoaders extends AuditDataLoaders {
  readonly settings: AuditSettings;
  /** Every attempt on a restricted field of this request, granted or refused, in one insert. */
  readonly accessLog: AccessLog;
}

export type AuditContext = RequestContext<AuditLoaders>;

export function createAuditLoaders(
  em: EntityManager,
  caller: Caller,
  settings: AuditSettings,
): AuditLoaders {
  return { ...createAuditDataLoaders(em), settings, accessLog: new AccessLog(em, caller) };
}
