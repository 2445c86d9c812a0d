import {
  dataSchemaOf,
  type EventEnvelope,
  type EventEnvelopeOf,
  type EventPayloads,
  type EventType,
} from '@hub/contracts';
import { v7 as uuidv7 } from 'uuid';
import { formatHlc, type HybridLogicalClock } from '../time/hlc';

/** A fact to publish, before the publisher stamps it: its type, case and contract's payload. */
export interface NewEvent<Type extends EventType = EventType> {
  readonly type: Type;
  readonly subject: string;
  readonly data: EventPayloads[Type];
  readonly traceparent?: string;
}

/**
 * A fact about one case: the case id is its subject, and so its Kafka key, which keeps one
 * case's events in order.
 */
export function caseEvent<Type extends EventType>(
  type: Type,
  data: EventPayloads[Type] & { readonly caseId: string },
  traceparent?: string,
): NewEvent<Type> {
  return { type, subject: data.caseId, data, ...(traceparent ? { traceparent } : {}) };
}

interface UncheckedEvent {
  readonly type: string;
  readonly subject: string;
  readonly data: object;
  readonly traceparent?: string;
}

/** Stamps a new event with an id (UUIDv7, so ids sort by creation), time and clock. */
export function createEnvelope<Type extends EventType>(
  event: NewEvent<Type>,
  source: string,
  clock: HybridLogicalClock,
  now?: Date,
): EventEnvelopeOf<Type>;
/** Any type at all: for tests that put a stranger's or a broken event on the topic. */
export function createEnvelope(
  event: UncheckedEvent,
  source: string,
  clock: HybridLogicalClock,
  now?: Date,
): EventEnvelope<object>;
export function createEnvelope(
  event: UncheckedEvent,
  source: string,
  clock: HybridLogicalClock,
  now: Date = new Date(),
): EventEnvelope<object> {
  return {
    specversion: '1.0',
    id: uuidv7(),
    type: event.type,
    source,
    subject: event.subject,
    time: now.toISOString(),
    dataschema: dataSchemaOf(event.type),
    datacontenttype: 'application/json',
    hlc: formatHlc(clock.now()),
    ...(event.traceparent ? { traceparent: event.traceparent } : {}),
    data: event.data,
  };
}
