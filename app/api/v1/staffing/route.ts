// GET /api/v1/staffing?field=F&minLevel=N&skill=item:N,item:N (&teamId | &departmentId, &limit, &offset):
// the candidates for a need in the caller's scope, qualified before close, under the staffing page's policy.
import { getDb } from "@/lib/db/client";
import { canOpenSection } from "@/lib/auth/policy";
import { findCandidates } from "@/lib/db/queries/staffing";
import { needOf, staffingQueryInput, staffingQuerySchema, type StaffingResponse } from "@/lib/api/staffing";
import { rankCandidates } from "@/lib/staffing/rank";
import { resolveScope } from "@/lib/views/scope";
import { jsonError, jsonResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    allow: (actor) => canOpenSection(actor, "staffing") || "You may not plan staffing.",
    query: staffingQuerySchema,
    queryInput: staffingQueryInput,
  },
  async ({ actor, query }) => {
    const db = await getDb();
    const resolved = await resolveScope(db, actor, query);
    if (!resolved.ok) return jsonError(resolved.status, resolved.message);
    const need = needOf(query);
    const { limit, offset } = query;
    const page = await findCandidates(db, actor, resolved.scope, need, { limit, offset });
    const body: StaffingResponse = {
      field: need.field,
      total: page.total,
      qualified: page.qualified,
      limit,
      offset,
      candidates: rankCandidates(need, page.rows).map((c) => ({
        memberId: c.memberId,
        name: c.name,
        teamId: c.teamId,
        match: c.match,
        level: c.level,
        ongoingProjects: c.ongoing,
        missing: c.missing,
      })),
    };
    return jsonResponse(body);
  },
);
