// Liveness and database reachability: 200 {"ok":true,"db":…} or 503 with a clear reason.
import { sql } from "drizzle-orm";
import { configuredEngine, getDb } from "@/lib/db/client";
import { publicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  const engine = configuredEngine();
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true, db: engine });
  } catch {
    return Response.json({ ok: false, db: engine, error: "The database is unreachable." }, { status: 503 });
  }
});
