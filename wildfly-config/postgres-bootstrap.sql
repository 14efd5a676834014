-- Creates the two roles and the database of BizOSaaS. Run once, as a PostgreSQL superuser:
--
--   psql -v owner_password=... -v app_password=... -f postgres-bootstrap.sql
--
-- bizosaas_owner owns the database and, through the migrations, every table.
-- bizosaas_app is what the application connects as: it owns nothing, cannot bypass row-level security,
-- and gets only the privileges each migration grants it.
-- The launcher runs this same file against the embedded PostgreSQL.

SELECT format('CREATE ROLE bizosaas_owner LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD %L', :'owner_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bizosaas_owner') \gexec

SELECT format('CREATE ROLE bizosaas_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD %L', :'app_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bizosaas_app') \gexec

SELECT 'CREATE DATABASE bizosaas OWNER bizosaas_owner ENCODING ''UTF8'''
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'bizosaas') \gexec

-- Nobody but the owner may create objects in the database.
REVOKE CREATE ON DATABASE bizosaas FROM PUBLIC;
