import { AccessLog, type Caller, type RequestContext } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Case } from './case.entity';
import { createCaseLoader } from './case.loader';
import type { IntakeSettings } from './environment';

/** What each request of intake gets beside the kit's context: fresh loaders, its settings. */
export interface IntakeLoaders {
  readonly caseById: DataLoader<string, Case | null>;
  readonly accessLog: AccessLog;
  readonly settings: IntakeSettings;
}

export type IntakeContext = RequestContext<IntakeLoaders>;

export function createIntakeLoaders(
  em: EntityManager,
  caller: Caller,
  settings: IntakeSettings,
): IntakeLoaders {
  return {
    caseById: createCaseLoader(em),
    accessLog: new AccessLog(em, caller),
    settings,
  };
}
