import { PeriodicWorker, type BackgroundWorker, type SubgraphRuntime } from '@hub/service-kit';
import { TitleVIClockScheduler } from '../clocks/clock.scheduler';
import type { CivilRightsEnvironment, CivilRightsSettings } from '../environment';
import { purgeExpired } from '../retention/retention.service';

/** The office's background work: breaches reported as clocks pass due, records destroyed when due. */
export function civilRightsWorkers(
  runtime: SubgraphRuntime<CivilRightsEnvironment>,
  settings: CivilRightsSettings,
): BackgroundWorker[] {
  const scheduler = new TitleVIClockScheduler(runtime.orm, runtime.events);
  return [
    new PeriodicWorker({
      name: 'title VI breach scan',
      logger: runtime.logger.child({ worker: 'title-vi-clocks' }),
      intervalMs: settings.scanIntervalMs,
      round: (now) => scheduler.round(now),
    }),
    new PeriodicWorker({
      name: 'title VI retention purge',
      logger: runtime.logger.child({ worker: 'title-vi-retention' }),
      intervalMs: settings.purgeIntervalMs,
      round: async (now) => {
        await purgeExpired(runtime.orm.em.fork(), settings, now);
        return false;
      },
    }),
  ];
}
