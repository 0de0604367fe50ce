// GET /api/v1/members: the members the caller may see, with their official level per field (read model). ?limit (1–500) &offset.
import { getDb } from "@/lib/db/client";
import { listMembersWithLevels } from "@/lib/db/queries/members";
import { membersQuerySchema, type MembersResponse } from "@/lib/api/members";
import { jsonResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ query: membersQuerySchema }, async ({ actor, query }) => {
  const { rows, total } = await listMembersWithLevels(await getDb(), actor, query);
  const body: MembersResponse = { members: rows, total, limit: query.limit, offset: query.offset };
  return jsonResponse(body);
});
