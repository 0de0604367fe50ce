// POST /api/admin/import.json: restores an organisation export into a database without an organisation (admin only).
// A route handler, not a server action, so files above the server-action body limit can be restored.
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { writeAudit } from "@/lib/db/audit";
import { importOrganisation, parseOrganisation } from "@/lib/transfer/org-json";
import { jsonError, jsonResponse, route } from "@/lib/http/route";
import { MAX_RESTORE_BYTES } from "@/lib/transfer/restore-failure";

export const dynamic = "force-dynamic";
const MAX_BYTES = MAX_RESTORE_BYTES;

/** Same-origin only: the Origin header (sent by browsers on every POST) must name this host. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The body as text, read up to `max` bytes whatever Content-Length says (a chunked body has none): null beyond. */
async function readBounded(request: Request, max: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export const POST = route(
  {
    allow: (actor) => can(actor, "org.import") || "Only an administrator may restore an organisation.",
  },
  async ({ request, actor }) => {
    // A cross-site page can neither send this Origin nor (without a preflight we never allow) a JSON content type.
    if (!sameOrigin(request))
      return jsonError(
        403,
        "A restore must be sent from Levelboard's own Import page (the Origin header does not match).",
      );
    if (!/^application\/json(;|$)/i.test(request.headers.get("content-type") ?? "")) {
      return jsonError(415, "Send the export as application/json.");
    }
    const tooLarge = () => jsonError(413, `The file is larger than ${MAX_BYTES / 1_000_000} MB.`);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) return tooLarge();
    const text = await readBounded(request, MAX_BYTES);
    if (text === null) return tooLarge();
    const parsed = parseOrganisation(text);
    if (!parsed.ok) return jsonError(400, "The file is not a valid organisation export.", { errors: parsed.errors });
    const db = await getDb();
    const written = await db.transaction(async (tx) => {
      const counts = await importOrganisation(tx, parsed.data);
      // The restoring account was replaced by the export's users: the audit row names it by email.
      await writeAudit(tx, {
        actorUserId: null,
        action: "restore",
        entity: "organisation",
        entityId: null,
        before: { by: actor.email },
        after: counts,
      });
      return counts;
    });
    return jsonResponse({ ok: true, written, signOut: true });
  },
);
