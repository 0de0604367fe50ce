-- natural_sort_key(name): a text that sorts names naturally ("Team 2" before "Team 10") under any collation, with no
-- ICU (PGlite has none): lower case, full-width digits made ASCII, and every run of digits zero-padded to 10 digits
-- (leading zeros beyond that dropped; a run of more than 10 significant digits stays as it is). Immutable, so stored
-- generated columns (teams.name_sort_key, departments.name_sort_key) can use it; its JavaScript twin is
-- lib/i18n/natural-compare.ts. Changing it means recomputing those columns.
CREATE FUNCTION natural_sort_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(
    regexp_replace(lower(translate(name, '０１２３４５６７８９', '0123456789')), '([0-9]+)', '0000000000\1', 'g'),
    '(?<![0-9])0+([0-9]{10})(?![0-9])', '\1', 'g');
