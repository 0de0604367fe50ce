// GET /api/v1/staffing?field=F&minLevel=N&skill=item:N,item:N (&teamId | &departmentId | &scope=mine, &limit, &offset):
// the candidates for a need in the caller's scope, qualified before close, under the staffing page's policy.
import { getDb } from "@/lib/db/client";
import { canOpenSection } from "@/lib/auth/policy";
import { findCandidates } from "@/lib/db/queries/staffing";
import { flatParams, issueMessages, needOf, staffingQuerySchema, type StaffingResponse } from "@/lib/api/staffing";
import { rankCandidates } from "@/lib/staffing/rank";
import { resolveScope } from "@/lib/views/scope";
import { jsonError, withActor } from "../_lib/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withActor(async (actor) => {
    if (!canOpenSection(actor, "staffing")) return jsonError(403, "You may not plan staffing.");
    const parsed = staffingQuerySchema.safeParse(flatParams(new URL(request.url).searchParams));
    if (!parsed.success) return jsonError(400, issueMessages(parsed.error).join("; "));
    const db = await getDb();
    const resolved = await resolveScope(db, actor, parsed.data);
    if (!resolved.ok) return jsonError(resolved.status, resolved.message);
    const need = needOf(parsed.data);
    const { limit, offset } = parsed.data;
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
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  });
}
