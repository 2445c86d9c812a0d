import type { RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Case } from './cases/case.entity';
import { createCaseLoader } from './cases/case.loader';
import type { IntakeSettings } from './environment';

/** What each request of intake gets beside the kit's context: fresh loaders. */
export interface IntakeLoaders {
  readonly caseById: DataLoader<string, Case | null>;
}

/** The kit's context with intake's loaders and its settings (`prepare`'s answer). */
export type IntakeContext = RequestContext<IntakeLoaders, IntakeSettings>;

export function createIntakeLoaders(em: EntityManager): IntakeLoaders {
  return { caseById: createCaseLoader(em) };
}
