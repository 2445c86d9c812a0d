import { Migration } from '@mikro-orm/migrations';

const values = (list: readonly string[]) => list.map((value) => `'${value}'`).join(', ');

// The vocabularies as they stand in this migration; a later one widens them if they grow.
const KINDS = [
  'service_request',
  'service_complaint',
  'staff_complaint',
  'police_conduct',
  'fraud_waste_abuse',
  'civil_rights',
  'compliment',
  'suggestion',
  'charter_officer_complaint',
  'information_request',
];
const CHANNELS = [
  'phone',
  'tty',
  'email',
  'web',
  'mobile_app',
  'fax',
  'mail',
  'in_person',
  'department',
  'council_office',
];
const SUBJECT_CATEGORIES = [
  'city_service',
  'non_sworn_staff',
  'sworn_police',
  'sworn_fire',
  'charter_officer',
  'elected_official',
  'other_government',
  'private_business',
  'non_profit',
];
/** Intake's cases (case.entity.ts). The table is `case_record` because CASE is an SQL keyword. */
export class Migration20261123100000Intake extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table case_record (
        id uuid primary key,
        sr_number text not null,
        idempotency_key text null,
        request_fingerprint text null,
        kind text not null check (kind in (${values(KINDS)})),
        channel text not null check (channel in (${values(CHANNELS)})),
        subject_category text null check (subject_category in (${values(SUBJECT_CATEGORIES)})),
        council_office text null,
        receiving_department text null,
        received_at timestamptz not null,
        logged_by text null,
        service_code text null,
        description text not null,
        address text null,
        latitude double precision null check (latitude between -90 and 90),
        longitude double precision null check (longitude between -180 and 180),
        ward text null,
        attachments jsonb not null default '[]',
        updated_at timestamptz not null,
        closed_at timestamptz null,
        withdrawal_reason text null,
        reporter_anonymous boolean not null,
        reporter_name text null,
        reporter_email text null,
        reporter_home_phone text null,
        reporter_mobile_phone text null,
        reporter_mailing_address text null,
        reporter_best_time_to_contact text null,
        reporter_preferred_language text not null default 'en',
        reporter_wants_contact boolean not null default false,
        reporter_representative text null,
        reporter_excluded_companions jsonb not null default '[]',
        on_behalf_of_represented_person_name text null,
        on_behalf_of_relationship text null,
        on_behalf_of_consent_given boolean null,
        on_behalf_of_consent_recorded_at timestamptz null,
        on_behalf_of_consent_method text null,
        constraint case_record_sr_number_unique unique (sr_number),
        constraint case_record_coordinates_in_pairs check ((latitude is null) = (longitude is null)),
        constraint case_record_council_office_channel
          check ((channel = 'council_office') = (council_office is not null)),
        constraint case_record_receiving_department_channel
          check ((channel = 'department') = (receiving_department is not null)),
        -- MK-ACT: nobody complains on another's behalf without that person's recorded consent.
        constraint case_record_third_party_consent check (
          on_behalf_of_represented_person_name is null
          or (on_behalf_of_consent_given and on_behalf_of_consent_recorded_at is not null
              and on_behalf_of_consent_method is not null))
      );`);
    this.addSql(
      `create unique index case_record_idempotency_key_unique on case_record (idempotency_key)
         where idempotency_key is not null;`,
    );
    // One index per filter of Query.cases, and the list order (newest first, id breaks ties).
    this.addSql(`create index case_record_kind_index on case_record (kind);`);
    this.addSql(`create index case_record_channel_index on case_record (channel);`);
    this.addSql(`create index case_record_ward_index on case_record (ward);`);
    // Status lives in the kit's copy (case_status), indexed there.
    this.addSql(
      `create index case_record_received_at_index on case_record (received_at desc, id desc);`,
    );

    // The access log (restricted_field_read) is the kit's, in every subgraph's schema.
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists case_record;');
  }
}

export const intakeMigrations = [
  { name: 'Migration20261123100000Intake', class: Migration20261123100000Intake },
];
