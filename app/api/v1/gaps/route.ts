// GET /api/v1/gaps?teamId=T (or departmentId=D): each target with what the group has now (ranked worst first) and
// the single points of failure. Same policy as /gaps: out of reach answers 404, like a nonexistent id.
import { getDb } from "@/lib/db/client";
import { canOpenSection } from "@/lib/auth/policy";
import { singlePoints, targetStandings } from "@/lib/db/queries/gaps";
import { resolveScope } from "@/lib/views/scope";
import { gapsQuerySchema, type GapsResponse } from "@/lib/api/gaps";
import { jsonError, jsonResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    allow: (actor) => canOpenSection(actor, "gaps") || "You may not see the gap dashboard.",
    query: gapsQuerySchema,
  },
  async ({ actor, query }) => {
    const db = await getDb();
    const resolved = await resolveScope(db, actor, query);
    if (!resolved.ok) return jsonError(resolved.status, resolved.message);
    const [targets, points] = await Promise.all([
      targetStandings(db, actor, resolved.scope),
      singlePoints(db, actor, resolved.scope),
    ]);
    const body: GapsResponse = {
      targets: targets.map((t) => ({
        id: t.id,
        teamId: t.teamId,
        departmentId: t.teamId === null ? t.departmentId : null,
        field: t.field,
        kind: t.kind,
        skillItem: t.skillItem,
        minLevel: t.minLevel,
        minCount: t.minCount,
        actual: t.actual,
        selfRatedNotConfirmed: t.selfOnly,
        met: t.met,
      })),
      singlePoints: points
        .filter((p) => p.holders === 1)
        .map((p) => ({ teamId: p.teamId, field: p.field, item: p.item, minLevel: p.minLevel, memberId: p.memberId! })),
    };
    return jsonResponse(body);
  },
);
