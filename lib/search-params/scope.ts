// The one spelling of a view's scope in a URL — `teamId=ID` or `departmentId=ID`, absent = the reader's default scope
// (a lead's teams, a head's department, an administrator's organisation) — for the heatmap, gaps, targets, staffing,
// their exports and their links. The old spellings (`scope=team:12`, `view=department:3`, `t:12`, `scope=mine`) are
// only read to redirect once to this one (legacyScopeHref).
import { permanentRedirect } from "next/navigation";
import { createParser, createSerializer } from "nuqs/server";
import { MAX_ID } from "../limits";
import type { SearchParams } from "./table";

/**
 * A scope id. A value that is not an id (`teamId=abc`, `teamId=0`) parses to 0, an id no row has: the view answers
 * it as it answers a missing or unreadable id (404), rather than silently showing another scope.
 */
export const parseAsScopeId = createParser({
  parse: (v: string) => (/^[1-9]\d{0,9}$/.test(v) && Number(v) <= MAX_ID ? Number(v) : 0),
  serialize: (n: number) => String(n),
});

export const scopeParsers = { teamId: parseAsScopeId, departmentId: parseAsScopeId };

/** A team wins over a department when a URL names both (the team is the narrower reading). */
export type ScopeParams = { teamId: number | null; departmentId: number | null };

export const NO_SCOPE: ScopeParams = { teamId: null, departmentId: null };

/** The scope from parsed parser values (nuqs yields null for an absent key). */
export function scopeOf(p: { teamId: number | null; departmentId: number | null }): ScopeParams {
  return p.teamId !== null ? { teamId: p.teamId, departmentId: null } : { teamId: null, departmentId: p.departmentId };
}

export const scopeQuery = createSerializer(scopeParsers);

/** The scope picker's value of a scope: "" (the default), "team:ID" or "department:ID". */
export function pickerValue(p: ScopeParams): string {
  return p.teamId !== null ? `team:${p.teamId}` : p.departmentId !== null ? `department:${p.departmentId}` : "";
}

/** The scope a picker value names (anything else is the default scope). */
export function fromPickerValue(value: string | null | undefined): ScopeParams {
  const m = /^(team|department|t|d):([1-9]\d{0,9})$/.exec(value ?? "");
  if (!m || Number(m[2]) > MAX_ID) return NO_SCOPE;
  const id = Number(m[2]);
  return m[1] === "team" || m[1] === "t" ? { teamId: id, departmentId: null } : { teamId: null, departmentId: id };
}

const LEGACY_KEYS = ["scope", "view"] as const;

/**
 * When the URL spells its scope the old way (`scope=team:12`, `scope=mine`, `view=department:3`, `view=org`, or the
 * scope picker without JavaScript), the same URL in the one spelling; else null. The pages and exports answer it
 * with one permanent redirect.
 */
export function legacyScopeHref(pathname: string, sp: SearchParams | URLSearchParams): string | null {
  const entries: [string, string][] =
    sp instanceof URLSearchParams
      ? [...sp.entries()]
      : Object.entries(sp).flatMap(([k, v]) =>
          v === undefined ? [] : Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v]],
        );
  const legacy = entries.find(([k]) => (LEGACY_KEYS as readonly string[]).includes(k));
  if (!legacy) return null;
  const picked = fromPickerValue(legacy[1]);
  const kept = entries.filter(([k]) => !(LEGACY_KEYS as readonly string[]).includes(k));
  const named = picked.teamId !== null || picked.departmentId !== null;
  const out = new URLSearchParams(named ? kept.filter(([k]) => k !== "teamId" && k !== "departmentId") : kept);
  if (picked.teamId !== null) out.set("teamId", String(picked.teamId));
  if (picked.departmentId !== null) out.set("departmentId", String(picked.departmentId));
  const q = out.toString();
  return q ? `${pathname}?${q}` : pathname;
}

/** For a page: answers an old scope spelling with one permanent redirect (308) before anything renders. */
export function redirectLegacyScope(pathname: string, sp: SearchParams): void {
  const href = legacyScopeHref(pathname, sp);
  if (href) permanentRedirect(href);
}
