// A slow download does not hold the database: on the embedded database (one connection) an export's open
// transaction blocks every other request, so there the export is read into a bounded buffer without waiting for the
// client (lib/http/stream.ts, EMBEDDED_EXPORT_LIMITS). An export nobody reads leaves another request answering, and
// the file is still whole when it is read at last.
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { configuredEngine } from "@/lib/db/client";
import { exportLimits, HIGH_WATER_BYTES } from "@/lib/http/stream";

const { GET: auditExport } = await import("./audit/route");
const { GET: membersApi } = await import("../v1/members/route");

const ROWS = 6_000;
const h = useIntegrationDb();
beforeAll(async () => {
  // About 2 MB of CSV: past the server stream's queue (1 MB), so a reader that reads nothing would stall the export.
  await h.db.execute(sql`insert into audit_log (action, entity, entity_id, after)
    select 'update', 'member', g::text, jsonb_build_object('note', repeat('x', 300)) from generate_series(1, ${ROWS}) g`);
});

const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)),
  ]);

describe("a slow export on the embedded database", () => {
  it("the limits: the embedded database buffers more and gives up on a stalled reader sooner", () => {
    expect(configuredEngine()).toBe("pglite"); // DATABASE_URL is never set in the tests
    const embedded = exportLimits("pglite");
    expect(embedded.highWaterBytes).toBeGreaterThan(32 * 1024 * 1024);
    expect(embedded.stallMs).toBeLessThanOrEqual(10_000);
    expect(exportLimits("postgres").highWaterBytes).toBe(HIGH_WATER_BYTES);
  });

  it("an export nobody reads does not stop another request from answering", { timeout: 90_000 }, async () => {
    actAs(h.fixture.actors.admin);
    const slow = await auditExport(new Request("http://localhost/api/export/audit"));
    expect(slow.status).toBe(200);
    try {
      const t0 = Date.now();
      // Half the server's stall limit: before, the export held the database until its reader stalled for 60 s.
      const other = await within(30_000, membersApi(new Request("http://localhost/api/v1/members")));
      console.log(`another request answered in ${Date.now() - t0} ms while the export was not read`);
      expect(other.status).toBe(200);
      // Read at last, the file is whole: the header and every row.
      const text = await slow.text();
      expect(text.split("\r\n")).toHaveLength(1 + ROWS);
    } finally {
      await slow.body?.cancel().catch(() => {});
    }
  });
});
