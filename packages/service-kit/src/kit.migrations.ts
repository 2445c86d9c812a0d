import { Migration } from '@mikro-orm/migrations';

/**
 * The tables the service kit keeps in every subgraph's schema. Subgraphs list these first,
 * then their own migrations.
 */
export class Migration20261123000000ServiceKit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table outbox_message (
        id uuid primary key,
        position bigserial not null unique,
        topic text not null,
        message_key text not null,
        event_type text not null,
        envelope jsonb not null,
        created_at timestamptz not null default now(),
        sent_at timestamptz null
      );`);
    this.addSql(
      `create index outbox_message_unsent on outbox_message (position) where sent_at is null;`,
    );
    this.addSql(`
      create table inbox_event (
        event_id uuid primary key,
        event_type text not null,
        applied_at timestamptz not null default now()
      );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists inbox_event;');
    this.addSql('drop table if exists outbox_message;');
  }
}

export const serviceKitMigrations = [
  { name: 'Migration20261123000000ServiceKit', class: Migration20261123000000ServiceKit },
];
