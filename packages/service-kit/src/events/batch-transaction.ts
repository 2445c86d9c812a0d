// Applying a batch of events in one transaction: the inbox tells which are new, the batch steps
// and the handlers apply only those, and a failure names the event whose handler threw.
import type { EventEnvelope } from '@hub/contracts';
import { describeError } from '../config/logger';
import type {
  EventBatchStep,
  EventConsumerOptions,
  EventHandler,
  EventHandlerContext,
  EventHandlers,
} from './consumer';

export interface Applied {
  readonly applied: readonly EventEnvelope[];
  readonly duplicates: number;
}

/** A batch that failed for a reason of its own: which event's handler threw, if one did. */
export class BatchFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly event: EventEnvelope | null,
  ) {
    super(describeError(error).message);
  }
}

/**
 * One transaction: the inbox learns the events (those it already held are skipped), then
 * the batch step and the handlers apply the new ones in order. Throws a BatchFailure naming
 * the event whose handler failed, if one did.
 */
export async function applyInOneTransaction(
  events: readonly EventEnvelope[],
  options: Pick<EventConsumerOptions, 'orm' | 'handlers' | 'batchSteps' | 'events' | 'logger'>,
): Promise<Applied> {
  const { orm, handlers, batchSteps = [], logger } = options;
  let current: EventEnvelope | null = null;
  try {
    return await orm.em.fork().transactional(async (em) => {
      // One row per id: a statement cannot insert a key twice, and a repeat is a duplicate.
      const distinct = new Map(events.map((event) => [event.id.toLowerCase(), event]));
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into inbox_event (event_id, event_type)
         select event_id, event_type
           from jsonb_to_recordset(?::jsonb) as event(event_id uuid, event_type text)
         on conflict (event_id) do nothing returning event_id`,
        [
          JSON.stringify(
            [...distinct].map(([id, event]) => ({ event_id: id, event_type: event.type })),
          ),
        ],
      );
      const fresh = new Set(inserted.map((row) => row.event_id));
      const applied = [...distinct].filter(([id]) => fresh.has(id)).map(([, event]) => event);

      // The step applies runs of events in one statement; before a handler runs, every
      // event up to and including its own has been stepped, so the handler sees the copy as
      // it would in a transaction of its own.
      const context = { em, events: options.events, logger };
      let pending: EventEnvelope[] = [];
      const step = async () => {
        for (const batchStep of batchSteps) {
          const taken = pending.filter((event) => batchStep.types.includes(event.type));
          if (taken.length > 0) await batchStep.apply(taken, context);
        }
        if (pending.length > 0) await em.flush(); // a step may have changed entities
        pending = [];
      };
      for (const event of applied) {
        if (isStepped(batchSteps, event)) pending.push(event);
        const handler = handlerOf(handlers, event.type);
        if (!handler) continue;
        await step();
        current = event;
        await handler(event, {
          em,
          events: options.events,
          logger: logger.child({ eventId: event.id }),
        });
        // Its writes reach the database before the next handler's queries, and the next one
        // loads what it reads afresh, as in a transaction of its own.
        await em.flush();
        em.clear();
        current = null;
      }
      await step();
      return { applied, duplicates: events.length - applied.length };
    });
  } catch (error) {
    throw new BatchFailure(error, current);
  }
}

/** Whether a batch step applies events of this one's type. */
export function isStepped(
  batchSteps: readonly EventBatchStep[] | undefined,
  event: EventEnvelope,
): boolean {
  return (batchSteps ?? []).some((step) => step.types.includes(event.type));
}

/** The handler of a type; any envelope the contracts passed is that type's. */
export function handlerOf(
  handlers: EventHandlers,
  type: string,
): ((event: EventEnvelope<object>, context: EventHandlerContext) => Promise<void>) | undefined {
  return (handlers as Record<string, EventHandler<never> | undefined>)[type] as
    ((event: EventEnvelope<object>, context: EventHandlerContext) => Promise<void>) | undefined;
}
