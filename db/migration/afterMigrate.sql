-- Runs after every migration: hands every warehouse object (and Flyway's history table) to roadmap_loader and grants roadmap_reader exactly
-- SELECT on the report views, so a view added by a later migration is readable without a grant of its own.
-- Two processes starting at once both run this script: the lock, taken in a statement of its own so that the
-- block below reads the catalog after the other has finished, keeps them from updating the same catalog rows.
SELECT pg_advisory_lock(32199750244712817);

DO $$
DECLARE
    object record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadmap_loader') THEN
        RETURN;
    END IF;
    -- Flyway's own history table too: without it, roadmap_loader could not start once postgres had migrated.
    IF to_regclass('flyway_schema_history') IS NOT NULL
       AND pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = to_regclass('flyway_schema_history')))
           <> 'roadmap_loader' THEN
        ALTER TABLE flyway_schema_history OWNER TO roadmap_loader;
    END IF;
    -- Nothing to do when every object is in place: a run in another process may be truncating staging right now,
    -- and touching the same catalog rows would fail one of the two ("tuple concurrently updated").
    IF NOT EXISTS (
            SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('dw', 'staging', 'report', 'batch') AND c.relkind IN ('r', 'v', 'S', 'm')
              AND (pg_get_userbyid(c.relowner) <> 'roadmap_loader'
                   OR EXISTS (SELECT 1 FROM aclexplode(c.relacl) a WHERE a.grantee = 0)
                   OR (n.nspname = 'report' AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadmap_reader')
                       AND NOT has_table_privilege('roadmap_reader', c.oid, 'SELECT'))))
       AND NOT EXISTS (
            SELECT 1 FROM pg_namespace n
            WHERE n.nspname IN ('dw', 'staging', 'report', 'batch')
              AND (pg_get_userbyid(n.nspowner) <> 'roadmap_loader'
                   OR EXISTS (SELECT 1 FROM aclexplode(n.nspacl) a WHERE a.grantee = 0))) THEN
        RETURN;
    END IF;
    FOR object IN
        SELECT n.nspname AS schema_name FROM pg_namespace n
        WHERE n.nspname IN ('dw', 'staging', 'report', 'batch')
    LOOP
        IF pg_get_userbyid((SELECT nspowner FROM pg_namespace WHERE nspname = object.schema_name)) <> 'roadmap_loader' THEN
            EXECUTE format('ALTER SCHEMA %I OWNER TO roadmap_loader', object.schema_name);
        END IF;
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', object.schema_name);
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC', object.schema_name);
    END LOOP;
    FOR object IN
        SELECT n.nspname AS schema_name, c.relname AS name, c.relkind AS kind
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('dw', 'staging', 'report', 'batch') AND c.relkind IN ('r', 'v', 'S', 'm')
          AND pg_get_userbyid(c.relowner) <> 'roadmap_loader'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'a' AND c.relkind = 'S')
    LOOP
        EXECUTE format('ALTER %s %I.%I OWNER TO roadmap_loader',
                       CASE object.kind WHEN 'v' THEN 'VIEW' WHEN 'S' THEN 'SEQUENCE'
                                        WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                       object.schema_name, object.name);
    END LOOP;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roadmap_reader') THEN
        GRANT USAGE ON SCHEMA report TO roadmap_reader;
        GRANT SELECT ON ALL TABLES IN SCHEMA report TO roadmap_reader;
    END IF;
END
$$;

SELECT pg_advisory_unlock(32199750244712817);
