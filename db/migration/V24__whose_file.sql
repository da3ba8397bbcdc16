-- Whose file a file is (gap-rules.md): a department's when every project in it names the department. The projects a
-- file holds are not the project versions it introduced (a project sent unchanged in two files has one version), so
-- the loader records the departments every project of the file names. A file loaded before this migration has none
-- recorded (NULL): dw.department_file judges it by its project versions, as before.
ALTER TABLE dw.submission ADD COLUMN owner_departments text[];
COMMENT ON COLUMN dw.submission.owner_departments IS
    'ファイル内のすべての事業が名指す部局 (複数部局の一括ファイルは空) / The departments every project in the file names (none for a file of several departments)';
