-- Organisations are registered by the coordinator at run time (POST /api/v1/organisations, the page
-- /organisaties): who registered one and when. Empty for those loaded from the configuration.
alter table organisation add column registered_at timestamp;
alter table organisation add column registered_by varchar(64);
