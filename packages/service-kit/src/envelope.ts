import { v7 as uuidv7 } from 'uuid';
import { formatHlc, type HybridLogicalClock } from './hlc';

/**
 * Every fact the hub publishes travels in this envelope: the CloudEvents 1.0 attributes
 * (structured mode), the hybrid logical clock stamp that orders changes across agencies, and
 * the W3C traceparent of the request that caused it.
 */
export interface EventEnvelope<Data extends object = Record<string, unknown>> {
  readonly specversion: '1.0';
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly subject: string;
  readonly time: string;
  readonly dataschema: string;
  readonly datacontenttype: 'application/json';
  readonly hlc: string;
  readonly traceparent?: string;
  readonly data: Data;
}

export interface NewEvent<Data extends object> {
  readonly type: string;
  readonly subject: string;
  readonly data: Data;
  readonly traceparent?: string;
}

export function dataSchemaOf(type: string): string {
  return `/schema/events/${type}.schema.json`;
}

/** Stamps a new event with an id (UUIDv7, so ids sort by creation), time and clock. */
export function createEnvelope<Data extends object>(
  event: NewEvent<Data>,
  source: string,
  clock: HybridLogicalClock,
  now: Date = new Date(),
): EventEnvelope<Data> {
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
