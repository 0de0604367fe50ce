// GET /api/v1/members: the members the caller may see, with their official level per field. ?limit (1–500) &offset.
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { listMembersForApi } from "@/lib/db/queries/api";
import { evaluateMembers } from "@/lib/evaluation/current";
import { FIELDS } from "@/lib/itss/ids";
import { jsonError, withActor } from "../_lib/respond";

export const dynamic = "force-dynamic";

const pageSchema = z.object({
  limit: z.coerce.number({ error: "limit must be a whole number" }).int("limit must be a whole number").min(1, "limit must be at least 1").max(500, "limit must be at most 500").default(100),
  offset: z.coerce.number({ error: "offset must be a whole number" }).int("offset must be a whole number").min(0, "offset must be 0 or more").default(0),
});

export async function GET(request: Request): Promise<Response> {
  return withActor(async (actor) => {
    const params = new URL(request.url).searchParams;
    const page = pageSchema.safeParse({ limit: params.get("limit") ?? undefined, offset: params.get("offset") ?? undefined });
    if (!page.success) return jsonError(400, page.error.issues.map((i) => i.message).join("; "));
    const db = await getDb();
    const { rows, total } = await listMembersForApi(db, actor, page.data);
    const evaluations = await evaluateMembers(db, rows.map((r) => r.id), "official");
    const out = rows.map((r) => {
      const e = evaluations.get(r.id)!.evaluation;
      const levels = Object.fromEntries(FIELDS.map((f) => [f, { level: e.fields[f].level, source: e.fields[f].source, skillLevel: e.fields[f].skillLevel }]));
      return { ...r, levels };
    });
    return Response.json({ members: out, total, limit: page.data.limit, offset: page.data.offset }, { headers: { "cache-control": "no-store" } });
  });
}
