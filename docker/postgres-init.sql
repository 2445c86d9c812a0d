-- One schema and one login role per subgraph; no role can read another's schema.
-- Change the passwords (or use your secret store) before a real deployment.
create role hub_intake login password 'intake';
create schema intake authorization hub_intake;
alter role hub_intake set search_path = intake;
create role hub_routing login password 'routing';
create schema routing authorization hub_routing;
alter role hub_routing set search_path = routing;
revoke create on schema public from public;
