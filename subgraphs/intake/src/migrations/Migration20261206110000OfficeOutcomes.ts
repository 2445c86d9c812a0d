import { Migration } from '@mikro-orm/migrations';

/**
 * A council office's notice of a case closed by an office that keeps its findings: outcome
 * `closed`, and no disposition unless that office lets the council read it.
 */
export class Migration20261206110000OfficeOutcomes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table council_office_notice drop constraint if exists council_office_notice_outcome_check;`,
    );
    this.addSql(`
      alter table council_office_notice add constraint council_office_notice_outcome_check
        check (outcome in ('resolved', 'upheld', 'not_upheld', 'out_of_jurisdiction', 'closed'));`);
    this.addSql(`alter table council_office_notice alter column disposition drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update council_office_notice set disposition = '' where disposition is null;`);
    this.addSql(`alter table council_office_notice alter column disposition set not null;`);
  }
}

export const officeOutcomeMigrations = [
  { name: 'Migration20261206110000OfficeOutcomes', class: Migration20261206110000OfficeOutcomes },
];
