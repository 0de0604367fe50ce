import { describe, expect, it } from "vitest";
import { useIntegrationDb } from "../testing/integration";
import { sql } from "drizzle-orm";
import { DatabaseConfigError, parseDatabaseUrl } from "./client";
import { departments, teams } from "./schema";

describe("parseDatabaseUrl", () => {
  it.each([
    ["not a url", /not a valid URL/],
    ["mysql://u:p@h/db", /must start with postgres/],
    ["postgres://u:p@h", /names no database/],
  ])("rejects %s with one clear sentence", (raw, message) => {
    expect(() => parseDatabaseUrl(raw)).toThrowError(DatabaseConfigError);
    expect(() => parseDatabaseUrl(raw)).toThrowError(message);
  });
  it("accepts postgres and postgresql URLs", () => {
    expect(parseDatabaseUrl("postgresql://u:p@localhost:5432/levelboard").hostname).toBe("localhost");
  });
});

describe("migrated database", () => {
  const handle = useIntegrationDb({ fixture: false });

  it("has every table of the schema", async () => {
    const rows = await handle.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { table_name: string }[] }).rows).map(
      (r) => r.table_name,
    );
    for (const t of ["departments", "teams", "users", "members", "audit_log", "projects", "evaluation_snapshots"]) {
      expect(names).toContain(t);
    }
  });

  it("enforces unique team names within a department", async () => {
    const [d] = await handle.db.insert(departments).values({ name: "Dept" }).returning();
    await handle.db.insert(teams).values({ departmentId: d.id, name: "A" });
    await expect(handle.db.insert(teams).values({ departmentId: d.id, name: "A" })).rejects.toThrow();
  });
});
