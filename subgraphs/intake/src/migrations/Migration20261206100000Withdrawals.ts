import { Migration } from '@mikro-orm/migrations';

/**
 * Who may withdraw a case depends on who is responsible for it: the department routing made
 * responsible (kept from `case.routed.v1`), and who withdrew it is recorded.
 */
export class Migration20261206100000Withdrawals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table case_record
        add column responsible_department_id text null,
        add column withdrawn_by text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      alter table case_record
        drop column if exists responsible_department_id,
        drop column if exists withdrawn_by;`);
  }
}

export const withdrawalMigrations = [
  { name: 'Migration20261206100000Withdrawals', class: Migration20261206100000Withdrawals },
];
