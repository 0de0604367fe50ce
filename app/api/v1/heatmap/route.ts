// GET /api/v1/heatmap?field=F&teamId=T (or departmentId=D; else the caller's default scope)
// &limit (1–500, default 100)&offset: each active member's official level and item proficiencies in the field,
// ordered by team then name. Same policy as the /heatmap page: 401 signed out, 403 for members, 404 out of reach.
import { getDb } from "@/lib/db/client";
import { canOpenSection } from "@/lib/auth/policy";
import { heatmapPage } from "@/lib/db/queries/heatmap";
import { heatmapQuerySchema, type HeatmapResponse } from "@/lib/api/heatmap";
import { resolveScope } from "@/lib/views/scope";
import { skillItemsOf } from "@/lib/itss/fields";
import { jsonError, jsonResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    allow: (actor) => canOpenSection(actor, "heatmap") || "You may not see the heatmap.",
    query: heatmapQuerySchema,
  },
  async ({ actor, query }) => {
    const { field, teamId, departmentId, limit, offset } = query;
    const db = await getDb();
    const resolved = await resolveScope(db, actor, { teamId, departmentId });
    if (!resolved.ok) return jsonError(404, resolved.message);
    const { rows, total } = await heatmapPage(db, { actor, scope: resolved.scope, field, page: { limit, offset } });
    const items = skillItemsOf(field);
    const body: HeatmapResponse = {
      field,
      items: [...items],
      total,
      rows: rows.map((r) => ({
        memberId: r.memberId,
        name: r.name,
        teamId: r.teamId,
        level: r.level,
        cells: Object.fromEntries(
          items.map((item, i) => {
            const c = r.cells[i];
            return [item, c ? { level: c.level, source: c.source } : null];
          }),
        ),
      })),
    };
    return jsonResponse(body);
  },
);
