import { Migration } from '@mikro-orm/migrations';

/**
 * The acknowledgment emails (notification.entity.ts). No foreign key to the case: a request
 * for a case that cannot be found is still recorded, as skipped_case_missing.
 */
export class Migration20261123120000Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table notification (
        id uuid primary key,
        event_id uuid not null,
        case_id text not null,
        template text not null check (template in
          ('receipt', 'staff-complaint-receipt', 'fraud-receipt', 'completion')),
        language text not null,
        channel text not null default 'email' check (channel in ('email')),
        status text not null check (status in
          ('pending', 'sent', 'failed', 'skipped_no_email', 'skipped_case_missing')),
        recipient_email text null,
        parameters jsonb not null,
        attempts integer not null default 0 check (attempts >= 0),
        next_attempt_at timestamptz not null default now(),
        last_error text null,
        message_id text null,
        created_at timestamptz not null default now(),
        sent_at timestamptz null,
        constraint notification_event_id_unique unique (event_id),
        -- A message waiting to be sent must know where to go; a finished one keeps no address.
        constraint notification_address_only_while_pending
          check ((status = 'pending') = (recipient_email is not null)),
        constraint notification_sent_has_time check ((status = 'sent') = (sent_at is not null))
      );`);
    // The sender's poll: only the rows still to send, in the order they fall due.
    this.addSql(
      `create index notification_due on notification (next_attempt_at) where status = 'pending';`,
    );
    this.addSql(`create index notification_case_id_index on notification (case_id);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists notification;');
  }
}
