import { Migration } from '@mikro-orm/migrations';

const values = (list: readonly string[]) => list.map((value) => `'${value}'`).join(', ');

// The vocabularies as they stand in this migration; a later one widens them if they grow.
const STATUSES = ['open', 'in_review', 'closed', 'transferred'];
const CATEGORIES = [
  'conduct',
  'discourtesy',
  'discrimination_or_harassment',
  'performance',
  'misuse_of_city_resources',
  'safety',
  'other',
];
const LEVELS = [
  'supervisor',
  'manager',
  'department_head',
  'hr_director',
  'city_attorney',
  'city_manager',
];
const ACTIONS = [
  'no_action',
  'counseling',
  'training',
  'verbal_warning',
  'written_warning',
  'suspension',
  'demotion',
  'termination',
  'other',
];
const OUTCOMES = ['upheld', 'not_upheld'];
const DECISIONS = ['full', 'partial', 'none'];

/** HR's tables: its file of each staff complaint and the people involved in it. */
export class Migration20261124100000Hr extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table staff_complaint (
        case_id uuid primary key,
        status text not null check (status in (${values(STATUSES)})),
        opened_at timestamptz not null,
        closed_at timestamptz null,
        updated_at timestamptz not null,
        review_started_at timestamptz null,
        review_updated_at timestamptz null,
        reviewer text null,
        reviewer_subject text null,
        review_notes text null,
        staff_levels text[] not null default '{}'
          check (staff_levels <@ array[${values(LEVELS)}]::text[]),
        category text null check (category in (${values(CATEGORIES)})),
        subject_name text null,
        subject_job_title text null,
        subject_department text null,
        findings_text text null,
        findings_recorded_at timestamptz null,
        action_kind text null check (action_kind in (${values(ACTIONS)})),
        action_details text null,
        outcome_value text null check (outcome_value in (${values(OUTCOMES)})),
        disclosure_decision text null check (disclosure_decision in (${values(DECISIONS)})),
        disclosure_text text null,
        -- A closed file always says what the reporter was told.
        constraint staff_complaint_closed_disclosed check (
          status <> 'closed' or (closed_at is not null and outcome_value is not null
            and disclosure_decision is not null and disclosure_text is not null))
      );`);
    // HR's queue: the open work (the default), oldest first, then any one status.
    this.addSql(
      `create index staff_complaint_open_queue_index on staff_complaint (opened_at, case_id)
         where status in ('open', 'in_review');`,
    );
    this.addSql(
      `create index staff_complaint_status_queue_index on staff_complaint (status, opened_at, case_id);`,
    );
    // The monthly summary: files opened in a range of months.
    this.addSql(`create index staff_complaint_opened_index on staff_complaint (opened_at);`);
    this.addSql(`
      create table person_involved (
        id bigserial primary key,
        case_id uuid not null references staff_complaint (case_id),
        name text not null,
        role text not null,
        added_at timestamptz not null,
        added_by text not null
      );`);
    this.addSql(`create index person_involved_case_index on person_involved (case_id, id);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists person_involved;');
    this.addSql('drop table if exists staff_complaint;');
  }
}

export const hrMigrations = [
  { name: 'Migration20261124100000Hr', class: Migration20261124100000Hr },
];
