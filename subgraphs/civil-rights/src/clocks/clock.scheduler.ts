import { TITLE_VI_DEADLINE_BREACHED, type TitleVIDeadlineBreachedData } from '@hub/contracts';
import { caseEvent, type EventPublisher } from '@hub/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';

interface BreachedRow {
  id: string;
  case_id: string;
  clock: TitleVIDeadlineBreachedData['clock'];
  due_at: Date;
  program: TitleVIDeadlineBreachedData['program'];
}

/**
 * Publishes `titlevi.deadline-breached.v1` exactly once per clock, however many replicas run:
 * a round claims running, unreported clocks past their due time with `for update skip locked`
 * (so two replicas never take the same row) and marks them reported in the transaction that
 * writes the events to the outbox; a replica that dies mid-round rolls back both.
 * `now` is an argument so that a test can move time forward.
 */
export class TitleVIClockScheduler {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventPublisher,
    private readonly batchSize = 100,
  ) {}

  /** One round at `now`; returns how many breaches it published. */
  async reportBreaches(now: Date): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<BreachedRow[]>(
        `select k.id, k.case_id, k.clock, k.due_at, c.program
           from title_vi_clock k join title_vi_complaint c on c.case_id = k.case_id
          where k.met_at is null and k.cancelled_at is null and k.breach_reported_at is null
            and k.due_at < ?
          order by k.due_at
          limit ?
          for update of k skip locked`,
        [now, this.batchSize],
      );
      if (rows.length === 0) return 0;
      for (const row of rows) {
        this.events.publish(
          em,
          caseEvent(TITLE_VI_DEADLINE_BREACHED, {
            caseId: row.case_id,
            clockId: row.id,
            clock: row.clock,
            dueAt: new Date(row.due_at).toISOString(),
            program: row.program,
          }),
        );
      }
      await em.execute(
        `update title_vi_clock set breach_reported_at = ?
          where id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
        [now, JSON.stringify(rows.map((row) => row.id))],
      );
      return rows.length;
    });
  }

  /** A full batch means more may be waiting. */
  async round(now: Date): Promise<boolean> {
    return (await this.reportBreaches(now)) >= this.batchSize;
  }
}
