// GET /api/v1/members/{id}/evaluation[?mode=official|provisional]: the evaluation in the CLI's JSON shape.
// Query and response: memberEvaluationQuerySchema and memberEvaluationResponseSchema (lib/api/members.ts).
import { getDb } from "@/lib/db/client";
import { memberScope } from "@/lib/db/queries/members";
import { can } from "@/lib/auth/policy";
import { evaluateMembers } from "@/lib/evaluation/current";
import { memberEvaluationQuerySchema, memberIdParamsSchema } from "@/lib/api/members";
import { jsonError, jsonResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(
  { params: memberIdParamsSchema, query: memberEvaluationQuerySchema },
  async ({ actor, params: { id }, query }) => {
    const db = await getDb();
    const scope = await memberScope(db, id);
    // Outside the actor's scope is answered exactly like an unknown id: ids do not leak.
    if (!scope || !can(actor, "member.read", scope)) return jsonError(404, `No member with id ${id}.`);
    // One member's records, evaluated on request: the only route that runs the engine, for the one member it serves.
    const { evaluation } = (await evaluateMembers(db, [id], query.mode)).get(id)!;
    return jsonResponse(evaluation);
  },
);
