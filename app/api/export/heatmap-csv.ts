// The heatmap as CSV: exactly the rows and columns the page shows (scope, field, filters and sort from the same
// URL), every page at once. Each item's proficiency with its source (lead / self; empty = not assessed).
import type { Db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { canOpenSection } from "@/lib/auth/policy";
import { heatmapPage } from "@/lib/db/queries/heatmap";
import { parseHeatmapParams } from "@/lib/heatmap/params";
import { resolveScope, scopeLabel } from "@/lib/views/scope";
import { FIELD_LABEL, skillItemsOf } from "@/lib/itss/fields";
import { skillItem } from "@/lib/itss/catalog";
import { toCsv, type CsvCell } from "@/lib/transfer/csv";
import { csvResponse, errorResponse } from "./csv";

export async function heatmapCsv(db: Db, actor: CurrentUser, url: string): Promise<Response> {
  if (!canOpenSection(actor, "heatmap")) return errorResponse(403, "You may not see the heatmap.");
  const p = parseHeatmapParams(Object.fromEntries(new URL(url).searchParams.entries()));
  const resolved = await resolveScope(db, actor, {
    teamId: p.teamId ?? undefined,
    departmentId: p.departmentId ?? undefined,
    scope: p.mine ? "mine" : undefined,
  });
  if (!resolved.ok) return errorResponse(404, resolved.message);
  const { rows } = await heatmapPage(db, {
    actor,
    scope: resolved.scope,
    field: p.field,
    filters: {
      team: resolved.scope.kind === "team" ? null : p.team,
      teamName: resolved.scope.kind === "team" ? "" : p.teamq,
      minLevel: p.minLevel,
      item: p.item ? { item: p.item, min: p.itemMin } : null,
    },
    order: { sort: p.sort, dir: p.dir, group: p.group },
    page: null,
  });
  const items = skillItemsOf(p.field).map((key) => skillItem(p.field, key).name);
  const header = [
    "Team",
    "Member",
    "Member id",
    ...items.flatMap((name) => [name, `${name} (source)`]),
    `${FIELD_LABEL[p.field]} level`,
  ];
  const data = rows.map((r): CsvCell[] => [
    r.teamName,
    r.name,
    r.memberId,
    ...r.cells.flatMap((c): CsvCell[] => (c ? [c.level, c.source] : ["", ""])),
    r.level,
  ]);
  return csvResponse(`heatmap-${p.field}-${scopeLabel(resolved.scope) || "department"}`, toCsv(header, data));
}
