import { NOTIFICATION_REQUESTED } from '@hub/contracts';
import type { EventHandlers } from '@hub/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Notification } from './notification.entity';
import {
  planNotification,
  type NotificationParameters,
  type Recipient,
} from './notification.rules';

/**
 * Finds who a case's messages go to. The event names only the case: the reporter's address
 * and language stay in intake's own tables and are read here, in the consumer's transaction.
 */
export type RecipientLookup = (em: EntityManager, caseId: string) => Promise<Recipient | null>;

/**
 * Records each requested message (`notification.requested.v1`) as a row for the sender.
 * Nothing here talks to the mail server, so a mail outage can never hold up the consumer.
 */
export function notificationHandlers(recipients: RecipientLookup): EventHandlers {
  return {
    [NOTIFICATION_REQUESTED]: async (event, { em, logger }) => {
      const request = event.data;
      const plan = planNotification(await recipients(em, request.caseId));
      const parameters: NotificationParameters = {
        srNumber: request.parameters.srNumber,
        ...(request.parameters.disposition ? { disposition: request.parameters.disposition } : {}),
      };
      // The consumer's inbox already keeps an event to one application; the unique event id
      // keeps it so even if this handler is ever called another way.
      await em
        .createQueryBuilder(Notification)
        .insert({
          id: randomUUID(),
          eventId: event.id,
          caseId: request.caseId,
          template: request.template,
          language: plan.language,
          channel: 'email',
          status: plan.status,
          recipientEmail: plan.recipientEmail,
          parameters,
        })
        .onConflict('eventId')
        .ignore()
        .execute();
      logger.info(
        {
          caseId: request.caseId,
          template: request.template,
          language: plan.language,
          status: plan.status,
        },
        'notification recorded',
      );
    },
  };
}
