import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { HubMetrics } from '../http/metrics';
import { deadLetterTopicOf } from './topics';

/** Why a consumer parked a message instead of applying it. */
export type DeadLetterReason = 'unparseable' | 'unknown-type' | 'invalid' | 'handler-failed';

/**
 * A consumer's producer for the dead-letter topic: a parked message keeps its key, value and
 * headers, and headers tell why it was parked, by which consumer group and from where.
 */
export class DeadLetters {
  private producer: Producer;
  private connected = false;

  constructor(
    private readonly options: {
      readonly kafka: Kafka;
      readonly groupId: string;
      readonly metrics?: HubMetrics;
    },
  ) {
    this.producer = this.newProducer();
  }

  async connect(): Promise<void> {
    await this.producer.connect();
    this.connected = true;
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  async send(
    message: KafkaMessage,
    topic: string,
    partition: number,
    reason: DeadLetterReason,
    error: string,
  ): Promise<void> {
    this.options.metrics?.eventsDeadLettered.inc({ reason });
    // If this send fails the batch fails, the offset stays put and the event comes back.
    if (!this.connected) {
      await this.producer.connect();
      this.connected = true;
    }
    await this.producer
      .send({
        topic: deadLetterTopicOf(topic),
        acks: -1,
        messages: [
          {
            key: message.key,
            value: message.value,
            headers: {
              ...message.headers,
              'hub-dead-letter-reason': reason,
              'hub-dead-letter-error': error.slice(0, 2_000),
              'hub-dead-letter-consumer': this.options.groupId,
              'hub-original-topic': topic,
              'hub-original-partition': String(partition),
              'hub-original-offset': message.offset,
            },
          },
        ],
      })
      .catch(async (failure: unknown) => {
        // Like the relay's: an idempotent producer cut off mid-send by a broker crash refuses
        // every later send; the next attempt gets a new one.
        await this.producer.disconnect().catch(() => undefined);
        this.producer = this.newProducer();
        this.connected = false;
        throw failure;
      });
  }

  private newProducer(): Producer {
    return this.options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }
}
