// POST /api/admin/import.json: restores an organisation export into a database without an organisation (admin only).
// A route handler, not a server action (whose body limit would apply); the body is read as a stream into the
// streaming restore (lib/transfer/org-restore.ts), never whole, and refused past LEVELBOARD_RESTORE_MAX_MB.
// proxy.ts does not run for this path: Next buffers the whole body of every request the proxy sees (and cuts it at
// proxyClientMaxBodySize, 10 MB), so this route sets the security headers itself.
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { writeAudit } from "@/lib/db/audit";
import { OrgFileError, restoreOrganisation } from "@/lib/transfer/org-restore";
import { jsonError, jsonResponse, route } from "@/lib/http/route";
import { securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { restoreMaxMb } from "@/lib/transfer/restore-limit";

export const dynamic = "force-dynamic";

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

class TooLarge extends Error {}

/** The body's pieces, counted: past `max` bytes (whatever Content-Length said; a chunked body has none) it stops. */
async function* bounded(body: ReadableStream<Uint8Array> | null, max: number): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > max) throw new TooLarge();
      yield value;
    }
  } finally {
    // Stopped early (too large, or the file refused): the rest of the upload is not read.
    await reader.cancel().catch(() => {});
  }
}

const restore = route(
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
    const limitMb = restoreMaxMb();
    const maxBytes = limitMb * 1_000_000;
    const tooLarge = () =>
      jsonError(413, `The file is larger than ${limitMb} MB (LEVELBOARD_RESTORE_MAX_MB).`, { limitMb });
    if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge();
    const db = await getDb();
    try {
      const written = await db.transaction(async (tx) => {
        const counts = await restoreOrganisation(tx, bounded(request.body, maxBytes));
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
    } catch (e) {
      // The transaction rolled back: the database is as it was.
      if (e instanceof TooLarge) return tooLarge();
      if (e instanceof OrgFileError)
        return jsonError(400, "The file is not a valid organisation export.", { errors: e.problems });
      throw e;
    }
  },
);

export async function POST(request: Request): Promise<Response> {
  const response = await restore(request);
  const https = servedOverHttps(new URL(request.url), request.headers);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}
