-- One schema and one login role per subgraph; no role can read another's schema.
-- Change the passwords (or use your secret store) before a real deployment.
create role hub_intake login password 'intake';
create schema intake authorization hub_intake;
alter role hub_intake set search_path = intake;
create role hub_routing login password 'routing';
create schema routing authorization hub_routing;
alter role hub_routing set search_path = routing;
create role hub_hr login password 'hr';
create schema hr authorization hub_hr;
alter role hub_hr set search_path = hr;
create role hub_police_referrals login password 'police-referrals';
create schema police_referrals authorization hub_police_referrals;
alter role hub_police_referrals set search_path = police_referrals;
create role hub_internal_audit login password 'internal-audit';
create schema internal_audit authorization hub_internal_audit;
alter role hub_internal_audit set search_path = internal_audit;
create role hub_civil_rights login password 'civil-rights';
create schema civil_rights authorization hub_civil_rights;
alter role hub_civil_rights set search_path = civil_rights;
-- The gateway keeps only the submission counts every replica shares.
create role hub_gateway login password 'gateway';
create schema gateway authorization hub_gateway;
alter role hub_gateway set search_path = gateway;
revoke create on schema public from public;
