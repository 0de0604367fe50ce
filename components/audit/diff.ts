// Which top-level keys an audit row's before/after changed, for a readable diff. Pure.
export type KeyChange = { key: string; before: unknown; after: unknown; kind: "added" | "removed" | "changed" };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const IGNORED = new Set(["updatedAt", "version"]);
/** Bookkeeping keys left out of the summary of a created or removed row (still in the full JSON). */
const BOOKKEEPING = new Set(["id", "version", "createdAt", "updatedAt"]);

export function changedKeys(before: unknown, after: unknown): KeyChange[] {
  const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const b = obj(before);
  const a = obj(after);
  if (!b && !a) return same(before, after) ? [] : [{ key: "(value)", before, after, kind: "changed" }];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const out: KeyChange[] = [];
  for (const key of keys) {
    if (IGNORED.has(key) && b && a) continue;
    if (!(b && a) && BOOKKEEPING.has(key)) continue;
    if (!(b && a) && (b ?? a)![key] === null) continue; // a created/removed row: only the values it had
    const inB = !!b && key in b;
    const inA = !!a && key in a;
    if (inB && inA && same(b![key], a![key])) continue;
    out.push({ key, before: b?.[key], after: a?.[key], kind: !inB ? "added" : !inA ? "removed" : "changed" });
  }
  return out;
}

/** A short text of a value for the diff column. */
export function short(value: unknown): string {
  if (value === undefined) return "—";
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
