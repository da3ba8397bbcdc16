-- Runs after every migration. The warehouse's two roles are configuration (roadmap.roles.loader and
-- roadmap.roles.reader, default roadmap_loader and roadmap_reader; Flyway placeholders here), so two warehouses on
-- one server can keep theirs apart. Roles are shared by every database of the server: each is created NOLOGIN only
-- where missing and only by a login allowed to create roles, and a role that exists is never altered; an
-- administrator gives one LOGIN and a password from the environment (README.md).
-- Then every warehouse object (and Flyway's history table) is handed to the loader role and the reader role gets
-- exactly SELECT on the report views, so a view added by a later migration is readable without a grant of its own.
-- Two processes starting at once both run this script: the lock, taken in a statement of its own so that the
-- block below reads the catalog after the other has finished, keeps them from updating the same catalog rows.
SELECT pg_advisory_lock(32199750244712817);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${loader_role}') THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', '${loader_role}');
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reader_role}') THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', '${reader_role}');
        END IF;
    END IF;
    -- The database's own privileges (PUBLIC may neither create nor use temporary tables here, V6): both roles may
    -- connect, and the loader may use temporary tables, where validate keeps its private copy of the warehouse.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${loader_role}')
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reader_role}')
       AND pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), '${reader_role}');
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), '${loader_role}');
    END IF;
END
$$;

DO $$
DECLARE
    object record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${loader_role}') THEN
        RETURN;
    END IF;
    -- Handing an object to a role needs membership in it: a login that may create roles but is no superuser (a
    -- cloud database's administrator) keeps the objects its own, and the reader is still granted the views.
    IF NOT pg_has_role(current_user, '${loader_role}', 'MEMBER') THEN
        RAISE NOTICE 'the warehouse objects stay with %, which is not a member of %', current_user, '${loader_role}';
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reader_role}') THEN
            EXECUTE format('GRANT USAGE ON SCHEMA report TO %I', '${reader_role}');
            EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA report TO %I', '${reader_role}');
        END IF;
        RETURN;
    END IF;
    -- Flyway's own history table too: without it, the loader role could not start once postgres had migrated.
    IF to_regclass('flyway_schema_history') IS NOT NULL
       AND pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = to_regclass('flyway_schema_history')))
           <> '${loader_role}' THEN
        EXECUTE format('ALTER TABLE flyway_schema_history OWNER TO %I', '${loader_role}');
    END IF;
    -- Nothing to do when every object is in place: a run in another process may be truncating staging right now,
    -- and touching the same catalog rows would fail one of the two ("tuple concurrently updated").
    IF NOT EXISTS (
            SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('dw', 'staging', 'report', 'batch') AND c.relkind IN ('r', 'v', 'S', 'm')
              AND (pg_get_userbyid(c.relowner) <> '${loader_role}'
                   OR EXISTS (SELECT 1 FROM aclexplode(c.relacl) a WHERE a.grantee = 0)
                   OR (n.nspname = 'report' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reader_role}')
                       AND NOT has_table_privilege('${reader_role}', c.oid, 'SELECT'))))
       AND NOT EXISTS (
            SELECT 1 FROM pg_namespace n
            WHERE n.nspname IN ('dw', 'staging', 'report', 'batch')
              AND (pg_get_userbyid(n.nspowner) <> '${loader_role}'
                   OR EXISTS (SELECT 1 FROM aclexplode(n.nspacl) a WHERE a.grantee = 0))) THEN
        RETURN;
    END IF;
    FOR object IN
        SELECT n.nspname AS schema_name FROM pg_namespace n
        WHERE n.nspname IN ('dw', 'staging', 'report', 'batch')
    LOOP
        IF pg_get_userbyid((SELECT nspowner FROM pg_namespace WHERE nspname = object.schema_name)) <> '${loader_role}' THEN
            EXECUTE format('ALTER SCHEMA %I OWNER TO %I', object.schema_name, '${loader_role}');
        END IF;
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', object.schema_name);
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC', object.schema_name);
    END LOOP;
    FOR object IN
        SELECT n.nspname AS schema_name, c.relname AS name, c.relkind AS kind
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('dw', 'staging', 'report', 'batch') AND c.relkind IN ('r', 'v', 'S', 'm')
          AND pg_get_userbyid(c.relowner) <> '${loader_role}'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'a' AND c.relkind = 'S')
    LOOP
        EXECUTE format('ALTER %s %I.%I OWNER TO %I',
                       CASE object.kind WHEN 'v' THEN 'VIEW' WHEN 'S' THEN 'SEQUENCE'
                                        WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                       object.schema_name, object.name, '${loader_role}');
    END LOOP;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reader_role}') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA report TO %I', '${reader_role}');
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA report TO %I', '${reader_role}');
    END IF;
END
$$;

-- R__report_views.sql makes the views again only when its text changed: a versioned migration that drops them
-- must change it too. A warehouse left without its views would answer every BI query with an error: stop here.
DO $$
DECLARE
    missing text;
BEGIN
    SELECT string_agg(view_name, ', ') INTO missing
    FROM unnest(ARRAY['dw.current_initiative_year', 'report.projects', 'report.project_organizations',
                      'report.initiative_years', 'report.department_progress', 'report.budget_summary',
                      'report.findings', 'report.finding_history', 'report.project_changes',
                      'report.submission_status']) AS view_name
    WHERE to_regclass(view_name) IS NULL;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'views missing after the migration: % (a versioned migration dropped them and R__report_views.sql did not change)', missing;
    END IF;
END
$$;

SELECT pg_advisory_unlock(32199750244712817);
