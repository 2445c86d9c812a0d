import type { Admin, Kafka } from 'kafkajs';

export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dead-letter`;
}

/**
 * Creates the event topic and its dead-letter topic if they are missing, and returns once
 * every partition of both has a leader. Several services may race to create them, and a
 * broker that has just started may for a moment deny hosting a partition it was just given:
 * both are waited out rather than failing start-up.
 */
export async function ensureTopics(
  kafka: Kafka,
  topic: string,
  partitions: number,
  replicationFactor = 1,
  timeoutMs = 30_000,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const wanted = [topic, deadLetterTopicOf(topic)];
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((name) => !existing.has(name));
    if (missing.length > 0) {
      await admin
        .createTopics({
          waitForLeaders: true,
          topics: missing.map((name) => ({
            topic: name,
            numPartitions: name === topic ? partitions : 1,
            replicationFactor,
          })),
        })
        .catch((error: unknown) => {
          if (!isPassingTopicError(error)) throw error;
        });
    }
    await waitForLeaders(admin, wanted, timeoutMs);
  } finally {
    await admin.disconnect();
  }
}

async function waitForLeaders(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      const led = metadata.topics.every(
        (entry) =>
          entry.partitions.length > 0 &&
          entry.partitions.every(
            (partition) => partition.leader >= 0 && partition.partitionErrorCode === 0,
          ),
      );
      if (led) return;
    } catch (error) {
      if (!isPassingTopicError(error) || Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Kafka topics ${topics.join(', ')} have no leader after ${timeoutMs / 1000} s`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Another service created the topic first, or the broker has not caught up with it yet. */
function isPassingTopicError(error: unknown): boolean {
  const type = (error as { type?: string } | null)?.type;
  const message = error instanceof Error ? error.message : '';
  return (
    type === 'TOPIC_ALREADY_EXISTS' ||
    type === 'UNKNOWN_TOPIC_OR_PARTITION' ||
    type === 'LEADER_NOT_AVAILABLE' ||
    /already exists|does not host this topic-partition|no leader/i.test(message)
  );
}
