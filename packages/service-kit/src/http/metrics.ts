import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { httpRequestDurationHistogram } from './http';

/** What /metrics shows for one service. One registry per service, so tests stay isolated. */
export class HubMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = httpRequestDurationHistogram(this.registry);

  readonly eventsPublished = new Counter({
    name: 'hub_outbox_events_published_total',
    help: 'Events the outbox relay delivered to Kafka',
    registers: [this.registry],
  });

  readonly outboxUnsent = new Gauge({
    name: 'hub_outbox_unsent_events',
    help: 'Events written to the outbox and not yet delivered to Kafka',
    registers: [this.registry],
  });

  readonly outboxOldestAge = new Gauge({
    name: 'hub_outbox_oldest_unsent_age_seconds',
    help: 'Age of the oldest event still waiting in the outbox',
    registers: [this.registry],
  });

  readonly consumerLag = new Gauge({
    name: 'hub_consumer_lag_messages',
    help: 'Messages behind the end of each partition, as of the last batch',
    labelNames: ['topic', 'partition'] as const,
    registers: [this.registry],
  });

  readonly eventsApplied = new Counter({
    name: 'hub_consumer_events_applied_total',
    help: 'Events applied by this service, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly eventsDuplicate = new Counter({
    name: 'hub_consumer_events_duplicate_total',
    help: 'Redelivered events skipped because the inbox already held them',
    registers: [this.registry],
  });

  readonly eventsDeadLettered = new Counter({
    name: 'hub_consumer_events_dead_lettered_total',
    help: 'Events sent to the dead-letter topic, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
