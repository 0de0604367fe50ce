// GET /api/admin/export.json: the whole organisation as JSON (admin only; it includes password hashes so a
// restore is complete — keep the file as safe as the database itself). Streamed: read in pages, written as read.
import { configuredEngine, getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { writeOrganisation } from "@/lib/transfer/org-json";
import { route } from "@/lib/http/route";
import { attachment, exportLimits, streamResponse } from "@/lib/http/stream";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    allow: (actor) => can(actor, "org.export") || "Only an administrator may export the organisation.",
  },
  async () => {
    const db = await getDb();
    return streamResponse(
      (write) => writeOrganisation(db, write),
      {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": attachment("levelboard-organisation", "json"),
        "cache-control": "no-store",
      },
      exportLimits(configuredEngine()),
    );
  },
);
