import { Migration } from '@mikro-orm/migrations';

/**
 * The referrals of cases to external agencies, one row per (case, agency): from civil rights'
 * Title VI referrals and from routing's own out-of-jurisdiction closures. The agency works
 * them through its referral queue. No foreign key to routed_case: a referral is kept even if
 * it is heard before the case.
 */
export class Migration20261201000000AgencyReferral extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table agency_referral (
        id uuid primary key,
        case_id uuid not null,
        agency_id text not null,
        program text not null check (program in ('fhwa', 'fta', 'out_of_jurisdiction')),
        state text not null check (state in ('pending', 'accepted', 'declined')),
        kind text null,
        received_at timestamptz null,
        referred_at timestamptz not null,
        decided_at timestamptz null,
        decided_by text null,
        decline_reason text null,
        agency_status text null,
        agency_status_at timestamptz null,
        updated_at timestamptz not null,
        constraint agency_referral_case_agency_unique unique (case_id, agency_id)
      );`);
    // The queue: one agency's referrals, newest first, optionally by state.
    this.addSql(
      `create index agency_referral_queue_index
         on agency_referral (agency_id, referred_at desc, id desc);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists agency_referral;`);
  }
}
