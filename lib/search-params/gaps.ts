// The gap dashboard's URL state: its scope and the field of the level-trend chart; and the targets page's scope.
// Used by the pages, the scope picker, the chart's field form and every link to them.
import { createLoader, createSerializer } from "nuqs/server";
import { FIELDS, type Field } from "../itss/fields";
import { parseAsOneOf, type SearchParams } from "./table";
import { redirectLegacyScope, scopeOf, scopeParsers, type ScopeParams } from "./scope";

export const gapsParsers = { ...scopeParsers, field: parseAsOneOf(FIELDS).withDefault("hardware") };

export type GapsParams = ScopeParams & { field: Field };

const loadGaps = createLoader(gapsParsers);
const loadScope = createLoader(scopeParsers);

/** /gaps's params (an old scope spelling is redirected first). */
export function parseGapsParams(sp: SearchParams): GapsParams {
  redirectLegacyScope("/gaps", sp);
  const p = loadGaps(sp);
  return { ...scopeOf(p), field: p.field };
}

/** The targets page's scope (it has no other parameter). */
export function parseTargetsParams(sp: SearchParams): ScopeParams {
  redirectLegacyScope("/gaps/targets", sp);
  return scopeOf(loadScope(sp));
}

const serialize = createSerializer(gapsParsers);

/** /gaps with this scope and chart field (the default field left out). */
export const gapsHref = (p: Partial<GapsParams>): string => serialize("/gaps", p);

/** /gaps/targets of a team or department (or the reader's default). */
export const targetsHref = (p: Partial<ScopeParams>): string => createSerializer(scopeParsers)("/gaps/targets", p);
