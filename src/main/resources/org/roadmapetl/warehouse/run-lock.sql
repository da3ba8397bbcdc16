-- The run lock (RunLock): a PostgreSQL advisory lock of this database, held on a connection of its own for the
-- whole run. Parameter 1 is the lock's key.

-- name: TRY_LOCK
SELECT pg_try_advisory_lock(?);

-- name: UNLOCK
SELECT pg_advisory_unlock(?);

-- name: HOLDER
-- Who holds it, as a person would want to know: the server process, its client and since when. Advisory locks
-- are the server's: the lock of another database on the same server has the same key.
SELECT a.pid, coalesce(host(a.client_addr), 'local'), to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS')
FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND ((l.classid::bigint << 32) | l.objid::bigint) = ?;
