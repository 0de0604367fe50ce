// GET /api/v1/members/{id}: one member and all of their records with review states (same policy as the UI).
// Path parameter and response: memberIdParamsSchema and memberResponseSchema (lib/api/members.ts).
import { getDb } from "@/lib/db/client";
import { memberScope } from "@/lib/db/queries/members";
import { memberWithRecords } from "@/lib/db/queries/records";
import { can } from "@/lib/auth/policy";
import { issuesMessage, memberIdParamsSchema } from "@/lib/api/members";
import { jsonError, withActor } from "../../_lib/respond";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return withActor(async (actor) => {
    const path = memberIdParamsSchema.safeParse(await params);
    if (!path.success) return jsonError(400, issuesMessage(path.error));
    const { id } = path.data;
    const db = await getDb();
    const scope = await memberScope(db, id);
    // Outside the actor's scope is answered exactly like an unknown id: ids do not leak.
    if (!scope || !can(actor, "member.read", scope)) return jsonError(404, `No member with id ${id}.`);
    const member = await memberWithRecords(db, id);
    if (!member) return jsonError(404, `No member with id ${id}.`);
    return Response.json(member, { headers: { "cache-control": "no-store" } });
  });
}
