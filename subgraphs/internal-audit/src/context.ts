import type { RequestContext } from '@hub/service-kit';
import type { AuditLoaders } from './audit-review.loader';
import type { AuditSettings } from './environment';

/** What each request of internal-audit gets: the kit's context with its loaders and settings. */
export type AuditContext = RequestContext<AuditLoaders, AuditSettings>;
