// POST /api/admin/import.json: restores an organisation export into a database without an organisation (admin only).
// A route handler, not a server action, so files above the server-action body limit can be restored.
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { writeAudit } from "@/lib/db/audit";
import { importOrganisation, parseOrganisation } from "@/lib/transfer/org-json";
import { jsonError, withActor } from "../../v1/_lib/respond";

export const dynamic = "force-dynamic";

const MAX_BYTES = 50_000_000;

export async function POST(request: Request): Promise<Response> {
  return withActor(async (actor) => {
    if (!can(actor, "org.import", { departmentId: 0 })) return jsonError(403, "Only an administrator may restore an organisation.");
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_BYTES) return jsonError(413, `The file is larger than ${MAX_BYTES / 1_000_000} MB.`);
    const text = await request.text();
    if (text.length > MAX_BYTES) return jsonError(413, `The file is larger than ${MAX_BYTES / 1_000_000} MB.`);
    const parsed = parseOrganisation(text);
    if (!parsed.ok) return jsonError(400, "The file is not a valid organisation export.", { errors: parsed.errors });
    const db = await getDb();
    const written = await db.transaction(async (tx) => {
      const counts = await importOrganisation(tx, parsed.data);
      // The restoring account was replaced by the export's users: the audit row names it by email.
      await writeAudit(tx, { actorUserId: null, action: "restore", entity: "organisation", entityId: null, before: { by: actor.email }, after: counts });
      return counts;
    });
    return Response.json({ ok: true, written, signOut: true }, { headers: { "cache-control": "no-store" } });
  });
}
