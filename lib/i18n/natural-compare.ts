// Names in natural order ("Team 2" before "Team 10"), where a list is sorted in JavaScript; the database sorts the
// same way through natural_sort_key (drizzle/0008_natural_sort_key.sql, lib/db/natural.ts).

// One collator for the process: digit runs compare as numbers, letters without regard to case first. A fixed
// language, so the order does not depend on the server's default locale.
const collator = new Intl.Collator("en", { numeric: true });

/** Negative when `a` sorts before `b`, as Array.prototype.sort expects. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}
