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

/**
 * Every subgraph's status copy (current status and full history) and its access log. The
 * clock, origin and event id compare in code-unit order ("C"), the same on every machine, so
 * every copy picks the same last writer.
 */
export class Migration20261123000001StatusCopies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table case_status_history (
        event_id uuid primary key,
        case_id uuid not null,
        status text not null,
        agency text not null,
        agency_status text null,
        reason text null,
        hlc text collate "C" not null,
        origin text collate "C" not null,
        occurred_at timestamptz not null
      );`);
    this.addSql(
      `create index case_status_history_case on case_status_history (case_id, hlc, origin, event_id);`,
    );
    this.addSql(`
      create table case_status (
        case_id uuid primary key,
        status text not null,
        agency text not null,
        agency_status text null,
        hlc text collate "C" not null,
        origin text collate "C" not null,
        event_id text collate "C" not null,
        changed_at timestamptz not null
      );`);
    this.addSql(`create index case_status_by_status on case_status (status);`);
    // Intake had this table before the kit kept it for every subgraph.
    this.addSql(`
      create table if not exists restricted_field_read (
        id bigserial primary key,
        reader_subject text not null,
        reader_roles text[] not null,
        case_id uuid not null,
        field text not null,
        read_at timestamptz not null default now()
      );`);
    this.addSql(
      `alter table restricted_field_read add column if not exists granted boolean not null default true;`,
    );
    this.addSql(
      `create index if not exists restricted_field_read_case_index on restricted_field_read (case_id, read_at);`,
    );
    this.addSql(
      `create index if not exists restricted_field_read_time_index on restricted_field_read (read_at);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists case_status;');
    this.addSql('drop table if exists case_status_history;');
  }
}

/**
 * A commit that wrote to the outbox wakes the relay at once: one notification per statement
 * that added rows (an `insert ... select` may add none), and PostgreSQL delivers it only at
 * commit, merging repeats within a transaction. The channel is `outboxChannelOf(schema)` in
 * outbox.ts.
 */
export class Migration20261201000000OutboxNotify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function outbox_message_notify() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from added) then
          perform pg_notify(left('hub_outbox.' || tg_table_schema, 63), '');
        end if;
        return null;
      end $$;`);
    this.addSql(`
      create trigger outbox_message_notify after insert on outbox_message
        referencing new table as added
        for each statement execute function outbox_message_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists outbox_message_notify on outbox_message;');
    this.addSql('drop function if exists outbox_message_notify();');
  }
}

/**
 * Each status change keeps who may read its agency word and reason, as the office that wrote
 * it decided (`readers` of case.status-changed.v1); null: whoever may read the history.
 */
export class Migration20261206000000StatusReaders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table case_status_history add column if not exists readers text[] null;`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table case_status_history drop column if exists readers;');
  }
}

export const serviceKitMigrations = [
  { name: 'Migration20261123000000ServiceKit', class: Migration20261123000000ServiceKit },
  { name: 'Migration20261123000001StatusCopies', class: Migration20261123000001StatusCopies },
  { name: 'Migration20261201000000OutboxNotify', class: Migration20261201000000OutboxNotify },
  { name: 'Migration20261206000000StatusReaders', class: Migration20261206000000StatusReaders },
];
