-- The roles are NOLOGIN until an administrator gives one LOGIN and a password from the environment (README.md).
-- V6 created them LOGIN without a password, which a server that trusts local connections lets anyone use: such
-- roles are turned NOLOGIN here; a role an administrator gave a password is left as it is. Only a superuser may
-- read passwords, so anyone else changes nothing.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper) THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_authid WHERE rolname = 'roadmap_loader' AND rolcanlogin AND rolpassword IS NULL) THEN
        ALTER ROLE roadmap_loader NOLOGIN;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_authid WHERE rolname = 'roadmap_reader' AND rolcanlogin AND rolpassword IS NULL) THEN
        ALTER ROLE roadmap_reader NOLOGIN;
    END IF;
    -- Views a later migration creates as roadmap_loader are readable by BI tools without a grant of their own.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadmap_reader')
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadmap_loader') THEN
        ALTER DEFAULT PRIVILEGES FOR ROLE roadmap_loader IN SCHEMA report GRANT SELECT ON TABLES TO roadmap_reader;
    END IF;
END
$$;
