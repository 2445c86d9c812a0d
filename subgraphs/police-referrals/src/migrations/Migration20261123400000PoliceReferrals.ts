import { Migration } from '@mikro-orm/migrations';

const values = (list: readonly string[]) => list.map((value) => `'${value}'`).join(', ');

// The vocabularies as they stand in this migration; a later one widens them if they grow.
const DESTINATIONS = ['opa', 'fire_operations'];
const CLASSIFICATIONS = [
  'investigation',
  'expedited_investigation',
  'supervisor_action',
  'contact_log',
  'mediation',
  'rapid_adjudication',
];
const OUTCOMES = [
  'sustained',
  'not_sustained_unfounded',
  'not_sustained_lawful_and_proper',
  'not_sustained_inconclusive',
  'not_sustained_training_referral',
  'not_sustained_management_action',
  'administratively_closed',
];

/**
 * Police referrals' tables: what it knows of each case to decide on a referral (its kind and
 * routing's department), and the referrals themselves with OPA's details.
 */
export class Migration20261123400000PoliceReferrals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table referral_case (
        id uuid primary key,
        kind text null,
        department_id text null,
        routed_at timestamptz null,
        updated_at timestamptz not null
      );`);
    this.addSql(`
      create table opa_referral (
        case_id uuid primary key references referral_case (id),
        destination text not null check (destination in (${values(DESTINATIONS)})),
        department_id text not null,
        forwarded_at timestamptz not null,
        status text not null,
        accepted_at timestamptz null,
        closed_at timestamptz null,
        opa_number text null,
        classification text null check (classification in (${values(CLASSIFICATIONS)})),
        agency_status text null,
        outcome text null check (outcome in (${values(OUTCOMES)})),
        outcome_summary text null,
        disposition text null,
        updated_at timestamptz not null,
        -- Accepted means numbered and classified; closed means accepted first.
        constraint opa_referral_accepted_check check (
          (accepted_at is null) = (opa_number is null) and (accepted_at is null) = (classification is null)),
        constraint opa_referral_closed_check check (
          closed_at is null or (accepted_at is not null and outcome is not null and disposition is not null))
      );`);
    // One OPA number names one case.
    this.addSql(
      `create unique index opa_referral_opa_number_unique on opa_referral (opa_number)
         where opa_number is not null;`,
    );
    // OPA's queue: open referrals, longest waiting first; and the same per destination.
    this.addSql(
      `create index opa_referral_queue_index on opa_referral (forwarded_at, case_id)
         where closed_at is null;`,
    );
    this.addSql(
      `create index opa_referral_destination_queue_index
         on opa_referral (destination, forwarded_at, case_id) where closed_at is null;`,
    );
    // The monthly summary reads a range of forwarding times.
    this.addSql(`create index opa_referral_forwarded_index on opa_referral (forwarded_at);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists opa_referral;');
    this.addSql('drop table if exists referral_case;');
  }
}

export const policeReferralsMigrations = [
  {
    name: 'Migration20261123400000PoliceReferrals',
    class: Migration20261123400000PoliceReferrals,
  },
];
