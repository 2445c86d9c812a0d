import type { Kafka } from 'kafkajs';

export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dead-letter`;
}

/** Creates the event topic and its dead-letter topic if they are missing. */
export async function ensureTopics(
  kafka: Kafka,
  topic: string,
  partitions: number,
  replicationFactor = 1,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [topic, deadLetterTopicOf(topic)].filter((name) => !existing.has(name));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((name) => ({
        topic: name,
        numPartitions: name === topic ? partitions : 1,
        replicationFactor,
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
