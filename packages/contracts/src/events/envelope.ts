import type { EventPayloads } from './payloads.generated';
import type { EventType } from './event-types';

/**
 * Every fact the hub publishes travels in this envelope (`schema/events/envelope.schema.json`):
 * the CloudEvents 1.0 attributes (structured mode), the hybrid logical clock stamp that orders
 * changes across agencies, and the W3C traceparent of the request that caused it.
 */
export interface EventEnvelope<Data extends object = object> {
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

/** An envelope whose type is known, with the payload its contract gives that type. */
export type EventEnvelopeOf<Type extends EventType> = EventEnvelope<
  EventPayloads[Type] & object
> & { readonly type: Type };

/** Where an event type's contract is published, as the envelope's `dataschema` says. */
export function dataSchemaOf(type: string): string {
  return `/schema/events/${type}.schema.json`;
}
