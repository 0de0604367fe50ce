// GET /api/v1/members/{id}/evaluation[?mode=official|provisional]: the evaluation in the CLI's JSON shape.
// Query and response: memberEvaluationQuerySchema and memberEvaluationResponseSchema (lib/api/members.ts).
import { getDb } from "@/lib/db/client";
import { memberScope } from "@/lib/db/queries/members";
import { can } from "@/lib/auth/policy";
import { evaluateMembers } from "@/lib/evaluation/current";
import { issuesMessage, memberEvaluationQuerySchema, memberIdParamsSchema, queryOf } from "@/lib/api/members";
import { jsonError, withActor } from "../../../_lib/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withActor(async (actor) => {
    const path = memberIdParamsSchema.safeParse(await params);
    if (!path.success) return jsonError(400, issuesMessage(path.error));
    const { id } = path.data;
    const query = memberEvaluationQuerySchema.safeParse(queryOf(request.url));
    if (!query.success) return jsonError(400, issuesMessage(query.error));
    const db = await getDb();
    const scope = await memberScope(db, id);
    // Outside the actor's scope is answered exactly like an unknown id: ids do not leak.
    if (!scope || !can(actor, "member.read", scope)) return jsonError(404, `No member with id ${id}.`);
    // One member's records, evaluated on request: the only route that runs the engine, for the one member it serves.
    const { evaluation } = (await evaluateMembers(db, [id], query.data.mode)).get(id)!;
    return Response.json(evaluation, {
      headers: { "cache-control": "no-store" },
    });
  });
}
