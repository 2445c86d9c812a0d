import { Migration } from '@mikro-orm/migrations';

/**
 * Closing the loop: the department routing made responsible, kept on the case for public
 * tracking, and the notices to the Mayor/Council offices that referred completed cases
 * (council-notice.entity.ts).
 */
export class Migration20261123130000CouncilNotices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table case_record
        add column responsible_body text null,
        add column responsible_body_hlc text null;`);
    this.addSql(`
      create table council_office_notice (
        id uuid primary key,
        case_id uuid not null references case_record (id),
        outcome_event_id uuid not null,
        sr_number text not null,
        council_office text not null,
        outcome text not null check (outcome in
          ('resolved', 'upheld', 'not_upheld', 'out_of_jurisdiction')),
        disposition text not null,
        created_at timestamptz not null,
        -- One notice per completion: a redelivered event adds nothing.
        constraint council_office_notice_case_event_unique unique (case_id, outcome_event_id)
      );`);
    // The inbox of one office, and of all of them, in the list order (newest first).
    this.addSql(
      `create index council_office_notice_office_index
         on council_office_notice (council_office, created_at desc, id desc);`,
    );
    this.addSql(
      `create index council_office_notice_created_at_index
         on council_office_notice (created_at desc, id desc);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists council_office_notice;');
    this.addSql(
      'alter table case_record drop column if exists responsible_body, drop column if exists responsible_body_hlc;',
    );
  }
}

export const councilNoticeMigrations = [
  { name: 'Migration20261123130000CouncilNotices', class: Migration20261123130000CouncilNotices },
];
