import { registerEnumType } from 'type-graphql';

export enum StaffRole {
  HEAD = 'head',
  TEAM_LEADER = 'team_leader',
  STAFF = 'staff',
}

export enum AgencyKind {
  CITY_OFFICE = 'city_office',
  COUNTY = 'county',
  STATE = 'state',
  FEDERAL = 'federal',
  OTHER = 'other',
}

registerEnumType(StaffRole, { name: 'StaffRole' });
registerEnumType(AgencyKind, { name: 'AgencyKind' });
