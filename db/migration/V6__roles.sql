-- Least privilege: roadmap_loader owns every schema of the warehouse and is the only role that writes;
-- roadmap_reader (what BI tools log in as) may read the report views and nothing else. Roles are shared by all
-- databases of a server, so they are created only where missing, and only by a login allowed to create roles.
-- Passwords are never set here: an administrator sets them from the environment (README.md).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RAISE NOTICE 'roles roadmap_loader and roadmap_reader not created: % may not create roles', current_user;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadmap_loader') THEN
        CREATE ROLE roadmap_loader LOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadmap_reader') THEN
        CREATE ROLE roadmap_reader LOGIN;
    END IF;
END
$$;

-- Nobody but the owner may create objects or temporary tables in this database.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadmap_reader') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO roadmap_reader, roadmap_loader', current_database());
    END IF;
END
$$;
