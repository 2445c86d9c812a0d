import type { RequestContext } from '@hub/service-kit';
import type { HrSettings } from './environment';
import type { HrLoaders } from './staff-complaint.loader';

/** What each request of HR gets: the kit's context with HR's loaders and settings. */
export type HrContext = RequestContext<HrLoaders, HrSettings>;
