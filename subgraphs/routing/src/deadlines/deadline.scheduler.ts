import { DEADLINE_BREACHED } from '@hub/contracts';
import {
  BackgroundLoop,
  caseEvent,
  describeError,
  type BackgroundWorker,
  type EventPublisher,
  type Logger,
} from '@hub/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Priority } from '../cases/case.enums';
import type { DeadlineClock } from './deadline.enums';

export interface DeadlineSchedulerOptions {
  readonly orm: MikroORM;
  readonly events: EventPublisher;
  readonly logger: Logger;
  readonly intervalMs: number;
  readonly batchSize?: number;
}

interface BreachedRow {
  id: string;
  case_id: string;
  clock: DeadlineClock;
  due_at: Date;
  department_id: string;
  priority: Priority;
}

/**
 * Publishes `deadline.breached.v1` exactly once per breach, however many replicas run: each
 * round claims unreported clocks past their due time with `for update skip locked` (so two
 * replicas never take the same row), and marks them reported in the same transaction that
 * writes the events to the outbox. A replica that dies mid-round rolls back both.
 */
export class DeadlineScheduler implements BackgroundWorker {
  private readonly loop = new BackgroundLoop();

  constructor(private readonly options: DeadlineSchedulerOptions) {}

  start(): void {
    this.loop.start(() => this.run());
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One round; returns how many breaches it published. */
  async reportBreaches(now: Date = new Date()): Promise<number> {
    const { orm, events } = this.options;
    return orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<BreachedRow[]>(
        `select d.id, d.case_id, d.clock, d.due_at, c.department_id, c.priority
           from deadline d join routed_case c on c.id = d.case_id
          where d.met_at is null and d.breach_reported_at is null and d.due_at < ?
          order by d.due_at
          limit ?
          for update of d skip locked`,
        [now, this.options.batchSize ?? 100],
      );
      if (rows.length === 0) return 0;
      for (const row of rows) {
        events.publish(
          em,
          caseEvent(DEADLINE_BREACHED, {
            caseId: row.case_id,
            deadlineId: row.id,
            clock: row.clock,
            dueAt: new Date(row.due_at).toISOString(),
            departmentId: row.department_id,
            priority: row.priority,
          }),
        );
      }
      await em.execute(
        `update deadline set breach_reported_at = ?
          where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
        [now, JSON.stringify(rows.map((row) => row.id))],
      );
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    const { logger, intervalMs } = this.options;
    while (this.loop.running) {
      let published = 0;
      try {
        published = await this.reportBreaches();
        if (published > 0) logger.info({ published }, 'deadline breaches published');
      } catch (error) {
        logger.warn({ err: describeError(error) }, 'deadline scan failed; will retry');
      }
      // A full batch means more may be waiting: go again at once.
      if (published < (this.options.batchSize ?? 100)) await this.loop.pause(intervalMs);
    }
  }
}
