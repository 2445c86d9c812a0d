import { ensureTopics } from '@hub/service-kit';
import { Kafka, logLevel } from 'kafkajs';
import { agencyTopicOf } from './agency-referral.rules';
import type { RoutingConfig } from '../environment';

/**
 * Creates each agency's feed topic (and its dead-letter topic, for the agency's consumers) the
 * way the kit creates the hub's, before routing consumes or relays anything: the relay never
 * creates topics, so a feed without its topic would hold up the outbox.
 */
export async function ensureAgencyTopics(
  config: RoutingConfig,
  agencyIds: readonly string[],
): Promise<void> {
  const kafka = new Kafka({
    clientId: `${config.HUB_JURISDICTION}-routing-agency-topics`,
    brokers: config.KAFKA_BROKERS,
    logLevel: logLevel.NOTHING,
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 5_000 },
  });
  await Promise.all(
    agencyIds.map((agencyId) =>
      ensureTopics(
        kafka,
        agencyTopicOf(config.HUB_EVENTS_TOPIC, agencyId),
        config.HUB_EVENTS_PARTITIONS,
      ),
    ),
  );
}
