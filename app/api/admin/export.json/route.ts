// GET /api/admin/export.json: the whole organisation as JSON (admin only; it includes password hashes so a
// restore is complete — keep the file as safe as the database itself).
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { exportOrganisation, serializeOrganisation } from "@/lib/transfer/org-json";
import { jsonError, withActor } from "../../v1/_lib/respond";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return withActor(async (actor) => {
    if (!can(actor, "org.export")) return jsonError(403, "Only an administrator may export the organisation.");
    const body = serializeOrganisation(await exportOrganisation(await getDb()));
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="levelboard-organisation-${day}.json"`,
        "cache-control": "no-store",
      },
    });
  });
}
