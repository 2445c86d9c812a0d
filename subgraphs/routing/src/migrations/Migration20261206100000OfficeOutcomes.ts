import { Migration } from '@mikro-orm/migrations';

/**
 * A case closed by an office that keeps its findings (HR, OPA, Internal Audit) has the outcome
 * `closed`, and its disposition only for the roles that office named (`outcome_readers`).
 */
export class Migration20261206100000OfficeOutcomes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table routed_case drop constraint if exists routed_case_outcome_check;`);
    this.addSql(`
      alter table routed_case add constraint routed_case_outcome_check check (outcome in
        ('resolved', 'upheld', 'not_upheld', 'out_of_jurisdiction', 'closed'));`);
    this.addSql(`alter table routed_case add column if not exists outcome_readers text[] null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table routed_case drop column if exists outcome_readers;`);
  }
}
