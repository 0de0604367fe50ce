// GET /api/v1/members/{id}: one member and all of their records with review states (same policy as the UI).
import { getDb } from "@/lib/db/client";
import { memberScope } from "@/lib/db/queries/members";
import { memberRecordsForApi } from "@/lib/db/queries/api";
import { can } from "@/lib/auth/policy";
import { jsonError, parseId, withActor } from "../../_lib/respond";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withActor(async (actor) => {
    const id = parseId((await params).id);
    if (id === null) return jsonError(400, "The member id must be a positive whole number.");
    const db = await getDb();
    const scope = await memberScope(db, id);
    // Outside the actor's scope is answered exactly like an unknown id: ids do not leak.
    if (!scope || !can(actor, "member.read", scope)) return jsonError(404, `No member with id ${id}.`);
    const member = await memberRecordsForApi(db, id);
    if (!member) return jsonError(404, `No member with id ${id}.`);
    return Response.json(member, { headers: { "cache-control": "no-store" } });
  });
}
