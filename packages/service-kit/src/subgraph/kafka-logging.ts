import { logLevel as KafkaLogLevel, type logCreator } from 'kafkajs';
import type { Logger } from '../config/logger';

/** Notices kafkajs prints on every start that say nothing about this hub's health. */
const KNOWN_KAFKAJS_NOTICES =
  /switched default partitioner|Limiting retries for the idempotent producer|coordinator is loading|group coordinator is not available/i;

export function kafkaLogCreator(logger: Logger): logCreator {
  return () =>
    ({ level, log }) => {
      const { message, ...rest } = log;
      const fields = { kafka: { broker: rest.broker, groupId: rest.groupId, error: rest.error } };
      // kafkajs retries what it logs as errors (a coordinator still loading, a broker away);
      // the relay and consumer report lasting failures themselves.
      if (level === KafkaLogLevel.ERROR || level === KafkaLogLevel.WARN) {
        if (KNOWN_KAFKAJS_NOTICES.test(message)) logger.debug(fields, `kafka: ${message}`);
        else logger.warn(fields, `kafka: ${message}`);
      } else logger.debug(fields, `kafka: ${message}`);
    };
}
