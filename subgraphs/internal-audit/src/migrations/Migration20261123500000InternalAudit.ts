import { Migration } from '@mikro-orm/migrations';

const values = (list: readonly string[]) => list.map((value) => `'${value}'`).join(', ');

// The vocabularies as they stand in this migration; a later one widens them if they grow.
const FILE_STATUSES = ['routed', 'in_progress', 'closed'];
const CATEGORIES = ['fraud', 'waste', 'abuse'];
const OUTCOMES = [
  'substantiated',
  'partially_substantiated',
  'unsubstantiated',
  'referred_to_law_enforcement',
];
const DISCLOSURES = ['disclose_text', 'receipt_only'];

/**
 * Internal Audit's tables: one file per case routed to it (the allegation, the whistleblower's
 * protection, findings and closing) and the audit's dated steps. No reporter's name or
 * contact: those stay in intake.
 */
export class Migration20261123500000InternalAudit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table audit_file (
        case_id uuid primary key,
        opened_at timestamptz not null,
        file_status text not null check (file_status in (${values(FILE_STATUSES)})),
        closed_at timestamptz null,
        category text null check (category in (${values(CATEGORIES)})),
        allegation_summary text null,
        program_concerned text null,
        estimated_amount numeric(15, 2) null check (estimated_amount >= 0),
        assessed_at timestamptz null,
        assessed_by text null,
        identity_protected boolean not null default true,
        retaliation_concern text null,
        retaliation_concern_recorded_at timestamptz null,
        findings text null,
        findings_recorded_at timestamptz null,
        findings_recorded_by text null,
        outcome text null check (outcome in (${values(OUTCOMES)})),
        disclosure_decision text null check (disclosure_decision in (${values(DISCLOSURES)})),
        disclosable_text text null,
        closed_by text null,
        updated_at timestamptz not null,
        constraint audit_file_closed_complete check (
          (file_status = 'closed') = (closed_at is not null and outcome is not null
            and disclosure_decision is not null and disclosable_text is not null)
        )
      );`);
    // The queue: open files, the longest waiting first (case id breaks ties).
    this.addSql(
      `create index audit_file_queue_index on audit_file (opened_at, case_id)
         where file_status <> 'closed';`,
    );
    // The monthly summary: files by the month they were opened.
    this.addSql(`create index audit_file_opened_index on audit_file (opened_at);`);
    this.addSql(`
      create table audit_step (
        id bigserial primary key,
        case_id uuid not null references audit_file (case_id),
        taken_at timestamptz not null,
        action text not null,
        staff_id text not null,
        notes text null,
        recorded_by text not null,
        recorded_at timestamptz not null
      );`);
    this.addSql(`create index audit_step_case_index on audit_step (case_id, taken_at, id);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists audit_step;');
    this.addSql('drop table if exists audit_file;');
  }
}

export const internalAuditMigrations = [
  { name: 'Migration20261123500000InternalAudit', class: Migration20261123500000InternalAudit },
];
