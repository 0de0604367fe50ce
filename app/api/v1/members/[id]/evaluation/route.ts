// GET /api/v1/members/{id}/evaluation[?mode=official|provisional]: the evaluation in the CLI's JSON shape.
import { getDb } from "@/lib/db/client";
import { memberScope } from "@/lib/db/queries/members";
import { loadMemberRecords } from "@/lib/db/queries/evidence";
import { can } from "@/lib/auth/policy";
import { toEvidence } from "@/lib/evaluation/evidence";
import { evaluate } from "@/lib/itss/evaluate";
import { jsonError, parseId, withActor } from "../../../_lib/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withActor(async (actor) => {
    const id = parseId((await params).id);
    if (id === null) return jsonError(400, "The member id must be a positive whole number.");
    const mode = new URL(request.url).searchParams.get("mode") ?? "official";
    if (mode !== "official" && mode !== "provisional") return jsonError(400, "mode must be official or provisional.");
    const db = await getDb();
    const scope = await memberScope(db, id);
    // Outside the actor's scope is answered exactly like an unknown id: ids do not leak.
    if (!scope || !can(actor, "member.read", scope)) return jsonError(404, `No member with id ${id}.`);
    const records = (await loadMemberRecords(db, [id])).get(id)!;
    return Response.json(evaluate(toEvidence(records, mode).evidence), { headers: { "cache-control": "no-store" } });
  });
}
