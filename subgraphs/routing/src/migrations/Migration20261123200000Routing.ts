import { Migration } from '@mikro-orm/migrations';
import { Migration20261201000000AgencyReferral } from './Migration20261201000000AgencyReferral';
import { Migration20261206100000OfficeOutcomes } from './Migration20261206100000OfficeOutcomes';

const values = (list: readonly string[]) => list.map((value) => `'${value}'`).join(', ');

// The vocabularies as they stand in this migration; a later one widens them if they grow.
const PRIORITIES = ['routine', 'expedited', 'emergency'];
const STAGES = ['routed', 'assigned', 'completed', 'appealed', 'out_of_jurisdiction', 'withdrawn'];
const CLOCKS = [
  'informal_resolution',
  'formal_acknowledgment',
  'formal_response',
  'appeal_acknowledgment',
  'appeal_hearing_invitation',
  'appeal_decision',
];
const LEVELS = ['team_leader', 'head_of_service', 'trustees', 'board'];
// The first outcomes; Migration20261206100000OfficeOutcomes adds 'closed'.
const OUTCOMES = ['resolved', 'upheld', 'not_upheld', 'out_of_jurisdiction'];
const ACTIONS = [
  'routed',
  'rerouted',
  'priority_changed',
  'assigned',
  'acknowledged',
  'escalated',
  'completed',
  'referred_out_of_jurisdiction',
  'appeal_lodged',
  'appeal_hearing_invited',
  'withdrawn',
];

/**
 * Routing's tables: departments, staff and agencies (from the routing table), its view of
 * each case, the case's clocks, its history and the urgent alerts sent for it.
 */
export class Migration20261123200000Routing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table department (
        id text primary key,
        name text not null,
        head_id text not null,
        primary_monitor_id text not null,
        backup_monitor_id text not null,
        office_role text null,
        active boolean not null default true
      );`);
    this.addSql(`
      create table staff_member (
        id text primary key,
        name text not null,
        department_id text not null references department (id),
        role text not null check (role in ('head', 'team_leader', 'staff')),
        active boolean not null default true
      );`);
    this.addSql(`create index staff_member_department_index on staff_member (department_id);`);
    this.addSql(`
      create table agency (
        id text primary key,
        name text not null,
        kind text not null check (kind in ('city_office', 'county', 'state', 'federal', 'other')),
        contact text not null,
        handles text not null,
        active boolean not null default true
      );`);
    this.addSql(`
      create table routed_case (
        id uuid primary key,
        kind text not null,
        subject_category text null,
        service_code text null,
        received_at timestamptz not null,
        department_id text not null references department (id),
        priority text not null check (priority in (${values(PRIORITIES)})),
        routing_stage text not null check (routing_stage in (${values(STAGES)})),
        assignee_id text null references staff_member (id),
        assigned_at timestamptz null,
        escalation_level text null check (escalation_level in (${values(LEVELS)})),
        escalated_at timestamptz null,
        about_head_of_service boolean not null default false,
        acknowledged_at timestamptz null,
        outcome text null check (outcome in (${values(OUTCOMES)})),
        disposition text null,
        actions_taken text null,
        recurrence_prevention text null,
        outcome_reasons text null,
        outcome_at timestamptz null,
        referral_agency_id text null references agency (id),
        appeal_lodged_at timestamptz null,
        appeal_reasons text null,
        next_due_at timestamptz null,
        updated_at timestamptz not null
      );`);
    // A department's queue: its open cases, nearest due time first (id breaks ties).
    this.addSql(
      `create index routed_case_queue_index on routed_case (department_id, next_due_at, id)
         where routing_stage in ('routed', 'assigned', 'appealed');`,
    );
    this.addSql(`create index routed_case_stage_index on routed_case (routing_stage);`);
    this.addSql(
      `create index routed_case_priority_index on routed_case (department_id, priority);`,
    );
    // Workload: open assignments per staff member.
    this.addSql(
      `create index routed_case_assignee_index on routed_case (assignee_id)
         where assignee_id is not null;`,
    );
    this.addSql(`
      create table deadline (
        id uuid primary key,
        case_id uuid not null references routed_case (id) deferrable initially deferred,
        clock text not null check (clock in (${values(CLOCKS)})),
        due_at timestamptz not null,
        met_at timestamptz null,
        breach_reported_at timestamptz null,
        constraint deadline_case_clock_unique unique (case_id, clock)
      );`);
    // What the breach scheduler scans: running clocks not yet reported, by due time.
    this.addSql(
      `create index deadline_unreported_index on deadline (due_at)
         where met_at is null and breach_reported_at is null;`,
    );
    this.addSql(`
      create table routing_history (
        id bigserial primary key,
        case_id uuid not null references routed_case (id) deferrable initially deferred,
        at timestamptz not null,
        action text not null check (action in (${values(ACTIONS)})),
        from_department_id text null,
        to_department_id text null,
        priority text null,
        staff_id text null,
        escalation_level text null,
        reason text null,
        actor text not null
      );`);
    this.addSql(`create index routing_history_case_index on routing_history (case_id, id);`);
    this.addSql(`
      create table urgent_alert (
        id bigserial primary key,
        case_id uuid not null references routed_case (id) deferrable initially deferred,
        department_id text not null,
        staff_id text not null,
        priority text not null,
        event_id uuid not null,
        alerted_at timestamptz not null
      );`);
    this.addSql(`create index urgent_alert_case_index on urgent_alert (case_id);`);
  }

  override async down(): Promise<void> {
    for (const table of [
      'urgent_alert',
      'routing_history',
      'deadline',
      'routed_case',
      'agency',
      'staff_member',
      'department',
    ]) {
      this.addSql(`drop table if exists ${table};`);
    }
  }
}

export const routingMigrations = [
  { name: 'Migration20261123200000Routing', class: Migration20261123200000Routing },
  { name: 'Migration20261201000000AgencyReferral', class: Migration20261201000000AgencyReferral },
  { name: 'Migration20261206100000OfficeOutcomes', class: Migration20261206100000OfficeOutcomes },
];
