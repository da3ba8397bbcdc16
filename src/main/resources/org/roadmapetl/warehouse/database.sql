-- The placeholder is the database's name, a plain identifier (WarehouseDatabase checks it): CREATE DATABASE takes
-- no parameter.

-- name: CREATE
CREATE DATABASE %s;
