-- name: CREATE
-- %s is the database's name, a plain identifier (WarehouseDatabase checks it): CREATE DATABASE takes no parameter.
CREATE DATABASE %s;
