// The audit log's URL state (actor, entity, UTC date range, page, page size) for the admin page and its CSV export.
// A bad value falls back to "no filter" / its default, never an error.
import { createLoader, createParser, createSerializer } from "nuqs/server";
import { MAX_PAGE, pageSizeParser, parseAsBoundedInt, type PageSize, type SearchParams } from "./table";
import { MAX_ID, withoutUnstorable } from "../limits";

/** Pages × the largest page size stay within MAX_OFFSET (lib/validation.ts). */
const MAX_AUDIT_PAGE = MAX_PAGE;

/** A calendar day YYYY-MM-DD that exists (2026-02-30 does not). */
const parseAsDay = createParser({
  parse: (v: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) ? v : null;
  },
  serialize: (v: string) => v,
});

/** Non-blank text up to `max` characters, without NUL and lone surrogates. */
const parseAsText = (max: number) =>
  createParser({
    parse: (v: string) => {
      const t = withoutUnstorable(v);
      return t !== "" && t.length <= max ? t : null;
    },
    serialize: (v: string) => v,
  });

export const auditParsers = {
  actor: parseAsBoundedInt(1, MAX_ID),
  entity: parseAsText(64),
  from: parseAsDay,
  to: parseAsDay,
  page: parseAsBoundedInt(1, MAX_AUDIT_PAGE).withDefault(1),
  size: pageSizeParser,
};

/** Absent filters are undefined (the shape lib/db/queries/audit.ts takes). */
export type AuditSearch = {
  actor?: number;
  entity?: string;
  from?: string;
  to?: string;
  page: number;
  size: PageSize;
};

const loadAudit = createLoader(auditParsers);

export function parseAuditSearch(raw: SearchParams | URL | URLSearchParams | string): AuditSearch {
  const p = loadAudit(raw);
  return {
    actor: p.actor ?? undefined,
    entity: p.entity ?? undefined,
    from: p.from ?? undefined,
    to: p.to ?? undefined,
    page: p.page,
    size: p.size,
  };
}

const auditQuery = createSerializer(auditParsers);

/** The audit page's URL with these params (defaults left out); `base` "/api/export/audit" for its CSV export. */
export function auditHref(s: Partial<AuditSearch>, base = "/admin/audit"): string {
  return auditQuery(base, {
    actor: s.actor ?? null,
    entity: s.entity ?? null,
    from: s.from ?? null,
    to: s.to ?? null,
    page: s.page ?? null,
    size: s.size ?? null,
  });
}
