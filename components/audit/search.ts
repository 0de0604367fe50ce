// The audit page's URL search params, parsed with zod: a bad value falls back to its default, never an error.
import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v) ?? undefined;
const blankToUndefined = (v: unknown) => (one(v) === "" ? undefined : one(v));

export const PAGE_SIZES = [25, 50, 100] as const;

export const auditSearchSchema = z.object({
  actor: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()).catch(undefined),
  entity: z.preprocess(blankToUndefined, z.string().max(64).optional()).catch(undefined),
  from: z.preprocess(blankToUndefined, day.optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, day.optional()).catch(undefined),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(1_000_000).default(1)).catch(1),
  size: z
    .preprocess(
      one,
      z.coerce
        .number()
        .pipe(z.union(PAGE_SIZES.map((n) => z.literal(n))))
        .default(25),
    )
    .catch(25),
});
export type AuditSearch = z.output<typeof auditSearchSchema>;

export function parseAuditSearch(raw: Record<string, string | string[] | undefined>): AuditSearch {
  return auditSearchSchema.parse(raw);
}

/** The URL of the audit page with these params (defaults left out). */
export function auditHref(s: Partial<AuditSearch>): string {
  const p = new URLSearchParams();
  if (s.actor !== undefined) p.set("actor", String(s.actor));
  if (s.entity) p.set("entity", s.entity);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.page && s.page > 1) p.set("page", String(s.page));
  if (s.size && s.size !== 25) p.set("size", String(s.size));
  const q = p.toString();
  return `/admin/audit${q ? `?${q}` : ""}`;
}
