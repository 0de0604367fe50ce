// Turns parsed table params back into a query string (for the CSV export link) and into the client table state.
import type { TableParams } from "@/lib/db/queries/roster";
import type { TableState } from "@/components/tables/data-table";

export function queryOf(
  p: TableParams<string> & Record<string, unknown>,
  extra: Record<string, string | number> = {},
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  if (p.q) q.set("q", p.q);
  q.set("sort", p.sort);
  q.set("dir", p.dir);
  if (p.archived) q.set("archived", "1");
  if (typeof p.role === "string" && p.role) q.set("role", p.role);
  return q.toString();
}

export const stateOf = (p: TableParams<string>): TableState => ({
  q: p.q,
  sort: p.sort,
  dir: p.dir,
  page: p.page,
  size: p.size,
  archived: p.archived,
});

/** A route segment id, or null when it is not a positive integer (lib/validation.ts). */
export { parseRouteId as segmentId } from "@/lib/validation";
