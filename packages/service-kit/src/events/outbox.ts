import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import type { EventContracts, EventEnvelope, EventEnvelopeOf, EventType } from '@hub/contracts';
import { createEnvelope, type NewEvent } from './envelope';
import type { HybridLogicalClock } from '../time/hlc';

/**
 * One event waiting to be relayed to Kafka. It is written by the same flush, so in the same
 * PostgreSQL transaction, as the business change it describes: both happen or neither does.
 */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Written order; the relay publishes in this order, so one case's events stay in order. */
  @Property({ type: 'bigint', autoincrement: true, unique: true, persist: false })
  position?: string;

  @Property({ type: 'text' })
  topic!: string;

  @Property({ type: 'text', fieldName: 'message_key' })
  messageKey!: string;

  @Property({ type: 'text', fieldName: 'event_type' })
  eventType!: string;

  @Property({ type: 'json' })
  envelope!: EventEnvelope;

  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', fieldName: 'sent_at', nullable: true })
  sentAt: Date | null = null;
}

/**
 * The channel a commit that wrote to a schema's outbox notifies (see the trigger in
 * kit.migrations.ts) and that schema's relay listens on. PostgreSQL refuses longer names.
 */
export function outboxChannelOf(schema: string): string {
  return `hub_outbox.${schema}`.slice(0, 63);
}

/**
 * How a subgraph states a fact: `publish(em, event)` stamps the event, checks it against its
 * contract and adds it to the caller's unit of work. Nothing else ever produces to Kafka.
 */
export class EventPublisher {
  constructor(
    private readonly source: string,
    private readonly topic: string,
    private readonly clock: HybridLogicalClock,
    private readonly contracts: EventContracts,
  ) {}

  publish<Type extends EventType>(em: EntityManager, event: NewEvent<Type>): EventEnvelopeOf<Type> {
    const envelope = createEnvelope(event, this.source, this.clock);
    this.contracts.assertValid(envelope);
    const message = new OutboxMessage();
    message.id = envelope.id;
    message.topic = this.topic;
    message.messageKey = envelope.subject;
    message.eventType = envelope.type;
    message.envelope = envelope as unknown as EventEnvelope;
    em.persist(message);
    return envelope;
  }
}
