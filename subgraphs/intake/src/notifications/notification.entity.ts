import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type {
  MessageLanguage,
  NotificationParameters,
  NotificationStatus,
  NotificationTemplate,
} from './notification.rules';

export type NotificationChannel = 'email';

/**
 * One automatic message to a case's reporter, from the request to its outcome. Rows are
 * written by the `notification.requested.v1` handler and moved on by the sender; a skipped
 * message keeps its row too, so "why did I get no email?" has an answer.
 *
 * A pending row whose next attempt lies a few minutes ahead with no error recorded is being
 * sent right now: the sender claims rows by moving `nextAttemptAt` forward (a lease), so a
 * sender that dies mid-send leaves the row to another one once the lease runs out.
 */
@Entity({ tableName: 'notification' })
export class Notification {
  // Columns the database fills in (defaults) when a row is first written.
  [OptionalProps]?: 'channel' | 'attempts' | 'nextAttemptAt' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The `notification.requested.v1` event this row answers; unique, so a replay adds nothing. */
  @Property({ type: 'uuid', fieldName: 'event_id', unique: true })
  eventId!: string;

  @Property({ type: 'text', fieldName: 'case_id', index: true })
  caseId!: string;

  @Property({ type: 'text' })
  template!: NotificationTemplate;

  /** The language actually used, after falling back to English. */
  @Property({ type: 'text' })
  language!: MessageLanguage;

  @Property({ type: 'text' })
  channel: NotificationChannel = 'email';

  @Property({ type: 'text' })
  status!: NotificationStatus;

  /**
   * A copy of the reporter's address, kept only while the message may still be sent: it is
   * erased when the row is sent or failed, so the case stays the one place that holds it.
   * Hidden, so that serialising a row can never expose it.
   */
  @Property({ type: 'text', fieldName: 'recipient_email', nullable: true, hidden: true })
  recipientEmail: string | null = null;

  /** What the text needs (SR number, disposition): rendered again at every attempt. */
  @Property({ type: 'json' })
  parameters!: NotificationParameters;

  /** Attempts the mail server refused; an outage of the server does not count. */
  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'timestamptz', fieldName: 'next_attempt_at' })
  nextAttemptAt: Date = new Date();

  /** The last failure: its code and the server's reply, with any address removed. */
  @Property({ type: 'text', fieldName: 'last_error', nullable: true })
  lastError: string | null = null;

  /** The Message-ID the mail server accepted. */
  @Property({ type: 'text', fieldName: 'message_id', nullable: true })
  messageId: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', fieldName: 'sent_at', nullable: true })
  sentAt: Date | null = null;
}
