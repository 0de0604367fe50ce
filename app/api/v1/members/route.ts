// GET /api/v1/members: the members the caller may see, with their official level per field (read model). ?limit (1–500) &offset.
import { getDb } from "@/lib/db/client";
import { listMembersWithLevels } from "@/lib/db/queries/members";
import { issuesMessage, membersQuerySchema, queryOf, type MembersResponse } from "@/lib/api/members";
import { jsonError, withActor } from "../_lib/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withActor(async (actor) => {
    const query = membersQuerySchema.safeParse(queryOf(request.url));
    if (!query.success) return jsonError(400, issuesMessage(query.error));
    const { rows, total } = await listMembersWithLevels(await getDb(), actor, query.data);
    const body: MembersResponse = { members: rows, total, limit: query.data.limit, offset: query.data.offset };
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  });
}
