import { serviceKitMigrations } from '@hub/service-kit';
import { Migration } from '@mikro-orm/migrations';

const values = (list: readonly string[]) => list.map((value) => `'${value}'`).join(', ');

// The vocabularies as they stand in this migration; a later one widens them if they grow.
const PROGRAMS = ['fhwa', 'fta'];
const VIA = ['written', 'verbal'];
const STAGES = [
  'awaiting_signed_complaint',
  'verbal_not_processed',
  'awaiting_late_review',
  'open',
  'referred',
  'closed',
  'appealed',
];
const BASES = ['race', 'color', 'national_origin'];
const RESPONDENT_KINDS = ['recipient', 'subrecipient', 'consultant', 'contractor', 'other'];
const CLOCKS = [
  'respondent_notification',
  'decision_notification',
  'respondent_answer',
  'investigation_report',
  'informational_meetings',
  'oecr_copy',
  'appeal_window',
];
const STEPS = [
  'respondent_notified',
  'course_of_action_decided',
  'parties_notified',
  'respondent_answered',
  'investigation_reported',
  'final_report_issued',
  'informational_meetings_held',
  'oecr_copy_sent',
  'final_decision',
  'appeal_received',
];
const DECISIONS = [
  'accepted',
  'dismissed',
  'transferred',
  'more_information_needed',
  'final_decision',
];

/**
 * Civil rights' tables: the Title VI cases it knows, their complaints (the whole form), the
 * complaints' clocks, procedure steps, referrals and decisions, retaliation allegations, and
 * the anonymous counts left by the retention purge. A complaint's rows go with it.
 */
export class Migration20261123300000CivilRights extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table civil_rights_case (
        id uuid primary key,
        kind text null,
        intake_received_at timestamptz null,
        routed_to_title_vi_at timestamptz null,
        updated_at timestamptz not null
      );`);
    this.addSql(`
      create table title_vi_complaint (
        case_id uuid primary key references civil_rights_case (id) on delete cascade deferrable initially deferred,
        program text not null check (program in (${values(PROGRAMS)})),
        received_via text not null check (received_via in (${values(VIA)})),
        stage text not null check (stage in (${values(STAGES)})),
        received_at timestamptz not null,
        signed_received_at timestamptz null,
        contact_name text null,
        contact_address text null,
        contact_city text null,
        contact_state text null,
        contact_zip text null,
        contact_home_phone text null,
        contact_mobile_phone text null,
        contact_best_time_to_contact text null,
        contact_email text null,
        bases text[] not null check (cardinality(bases) > 0 and bases <@ array[${values(BASES)}]),
        basis_explanation text null,
        nature_of_complaint text null,
        incident_date date not null,
        incident_ongoing boolean not null default false,
        respondent_name text null,
        respondent_organization text null,
        respondent_address text null,
        respondent_city text null,
        respondent_state text null,
        respondent_zip text null,
        respondent_home_phone text null,
        respondent_mobile_phone text null,
        respondent_kind text not null check (respondent_kind in (${values(RESPONDENT_KINDS)})),
        respondent_agency_id text null,
        narrative text not null,
        remedy_sought text null,
        other_contacts jsonb not null default '[]',
        prior_complaints jsonb not null default '[]',
        attorney_retained boolean null,
        signature_printed_name text null,
        signature_signature_text text null,
        signature_signed_paper_received boolean not null default false,
        signature_date date null,
        filed_on_own_behalf boolean not null default true,
        filer jsonb null,
        days_after_incident integer not null,
        late_filing boolean not null default false,
        late_filing_accepted boolean null,
        investigator_agency_id text null,
        retaliation_alleged boolean not null default false,
        disposition text null,
        disposition_at timestamptz null,
        investigation_completed_at timestamptz null,
        closed_at timestamptz null,
        filed_by text not null,
        updated_at timestamptz not null
      );`);
    // The log and the annual report read by date received; the purge by date closed.
    this.addSql(
      `create index title_vi_complaint_received_index on title_vi_complaint (received_at, case_id);`,
    );
    this.addSql(
      `create index title_vi_complaint_closed_index on title_vi_complaint (closed_at)
         where closed_at is not null;`,
    );
    this.addSql(`
      create table title_vi_clock (
        id uuid primary key,
        case_id uuid not null references title_vi_complaint (case_id) on delete cascade deferrable initially deferred,
        clock text not null check (clock in (${values(CLOCKS)})),
        started_at timestamptz not null,
        due_at timestamptz not null,
        met_at timestamptz null,
        cancelled_at timestamptz null,
        breach_reported_at timestamptz null,
        constraint title_vi_clock_case_clock_unique unique (case_id, clock)
      );`);
    // What the breach scheduler scans: running clocks not yet reported, by due time.
    this.addSql(
      `create index title_vi_clock_unreported_index on title_vi_clock (due_at)
         where met_at is null and cancelled_at is null and breach_reported_at is null;`,
    );
    this.addSql(`
      create table title_vi_step (
        id bigserial primary key,
        case_id uuid not null references title_vi_complaint (case_id) on delete cascade deferrable initially deferred,
        step text not null check (step in (${values(STEPS)})),
        at timestamptz not null,
        note text null,
        actor text not null,
        recorded_at timestamptz not null
      );`);
    this.addSql(`create index title_vi_step_case_index on title_vi_step (case_id, id);`);
    this.addSql(`
      create table title_vi_referral (
        id uuid primary key,
        case_id uuid not null references title_vi_complaint (case_id) on delete cascade deferrable initially deferred,
        agency_id text not null,
        referred_at timestamptz not null,
        referred_by text not null,
        constraint title_vi_referral_case_agency_unique unique (case_id, agency_id)
      );`);
    // An external agency's list of the cases referred to it, newest first.
    this.addSql(
      `create index title_vi_referral_agency_index on title_vi_referral (agency_id, referred_at desc, case_id);`,
    );
    this.addSql(`
      create table title_vi_referral_decision (
        id uuid primary key,
        referral_id uuid not null references title_vi_referral (id) on delete cascade deferrable initially deferred,
        case_id uuid not null,
        agency_id text not null,
        decision text not null check (decision in (${values(DECISIONS)})),
        text text not null,
        agency_status text null,
        decided_at timestamptz not null,
        decided_by text not null
      );`);
    this.addSql(
      `create index title_vi_referral_decision_referral_index on title_vi_referral_decision (referral_id, decided_at);`,
    );
    this.addSql(`
      create table title_vi_retaliation_allegation (
        id uuid primary key,
        case_id uuid not null references title_vi_complaint (case_id) on delete cascade deferrable initially deferred,
        description text not null,
        received_at timestamptz not null,
        recorded_by text not null
      );`);
    this.addSql(
      `create index title_vi_retaliation_allegation_case_index on title_vi_retaliation_allegation (case_id, received_at);`,
    );
    this.addSql(`
      create table title_vi_retention_count (
        fiscal_year integer not null,
        program text not null check (program in (${values(PROGRAMS)})),
        bases_key text not null,
        count integer not null check (count > 0),
        primary key (fiscal_year, program, bases_key)
      );`);
  }

  override async down(): Promise<void> {
    for (const table of [
      'title_vi_retention_count',
      'title_vi_retaliation_allegation',
      'title_vi_referral_decision',
      'title_vi_referral',
      'title_vi_step',
      'title_vi_clock',
      'title_vi_complaint',
      'civil_rights_case',
    ]) {
      this.addSql(`drop table if exists ${table};`);
    }
  }
}

export const civilRightsMigrations = [
  ...serviceKitMigrations,
  { name: 'Migration20261123300000CivilRights', class: Migration20261123300000CivilRights },
];
