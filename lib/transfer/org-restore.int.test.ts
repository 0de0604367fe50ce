// The streamed restore: the same bytes on re-export whatever the pieces, and a file that is cut short, not JSON, or
// wrong in its last table leaves the database exactly as it was (also its bootstrap accounts, deleted mid-restore).
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "../testing/integration";
import type { Db, Tx } from "../db/client";
import * as s from "../db/schema";
import { writeAudit } from "../db/audit";
import { ORG_TABLE_NAMES, exportOrganisation, serializeOrganisation } from "./org-json";
import { OrgFileError, restoreOrganisation } from "./org-restore";

/** The text in pieces of `size` bytes (UTF-8), cutting characters in two where they fall. */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const exported = async (db: Db) => serializeOrganisation(await exportOrganisation(db));

/** Restores `text` in a transaction; the problems it is refused with ([] when it is restored). */
async function restore(db: Db, text: string, size = 4096) {
  try {
    await db.transaction((tx) => restoreOrganisation(tx, pieces(text, size), { batchRows: 2 }));
    return [];
  } catch (e) {
    if (e instanceof OrgFileError) return e.problems;
    throw e;
  }
}

describe("streamed organisation restore", () => {
  const source = useIntegrationDb();
  const target = useIntegrationDb({ fixture: false });
  let file = "";
  let bootstrap = "";
  beforeAll(async () => {
    const f = source.fixture;
    await source.db.insert(s.projects).values({
      memberId: f.members.memberA.id,
      field: "hardware",
      name: "Data-centre move — 移転",
      role: "leader",
      status: "completed",
      complexity: ["multi_platform"],
      scope: "wide_area_team",
      description: 'Moved "everything" — ünïcode, 日本語 and 🚀',
      reviewState: "submitted",
      createdBy: f.users.memberUserA.id,
    });
    for (const action of ["update", "delete"])
      await source.db.transaction((tx) =>
        writeAudit(tx, { actorUserId: f.users.admin.id, action, entity: "member", entityId: f.members.memberB.id }),
      );
    file = await exported(source.db);
    // The target holds what a fresh installation does: the administrator who restores, and an audit row.
    const [admin] = await target.db
      .insert(s.users)
      .values({ email: "boot@t.test", name: "Boot", role: "admin", passwordHash: "x" })
      .returning();
    await target.db.transaction((tx) =>
      writeAudit(tx, { actorUserId: admin.id, action: "create", entity: "user", entityId: admin.id }),
    );
    bootstrap = await exported(target.db);
  });

  /** The file cut where `marker` first occurs after `after` (a table's name), from `offset` characters into it. */
  const cutAt = (after: string, marker: string, offset = 0) => {
    const at = file.indexOf(marker, file.indexOf(`"${after}": [`)) + offset;
    return { head: file.slice(0, at), tail: file.slice(at) };
  };

  it("refuses a file cut short in the middle of a table, and changes nothing", async () => {
    const { head } = cutAt("members", '"name"', 3);
    const problems = await restore(target.db, head);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toMatch(/^tables\.members\.\d+$/);
    expect(problems[0].message).toMatch(/cut short/);
    expect(await exported(target.db)).toBe(bootstrap);
    // Cut between two tables (every byte so far valid JSON): the same.
    const between = await restore(target.db, cutAt("projects", "[").head + "[],");
    expect(between[0]).toMatchObject({ path: "tables", message: expect.stringMatching(/cut short/) });
    expect(await exported(target.db)).toBe(bootstrap);
  });

  it("refuses invalid JSON with where it is and what the parser expected, and changes nothing", async () => {
    const { head, tail } = cutAt("members", '"name"');
    const problems = await restore(target.db, `${head}"oops" ${tail}`, 64);
    expect(problems).toEqual([
      {
        path: expect.stringMatching(/^tables\.members\.\d+$/),
        message: "not valid JSON: the parser cannot parse input: expected ':'",
      },
    ]);
    expect(await exported(target.db)).toBe(bootstrap);
    expect((await restore(target.db, "{nope"))[0]).toMatchObject({ path: "(file)" });
  });

  it("refuses a bad row in the last table, naming table, row and field, after the others were written; changes nothing", async () => {
    const data = JSON.parse(file);
    const last = ORG_TABLE_NAMES[ORG_TABLE_NAMES.length - 1];
    const rows = data.tables[last] as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(1);
    rows[rows.length - 1].action = 42;
    rows[rows.length - 1].extra = true;
    const problems = await restore(target.db, JSON.stringify(data, null, 2));
    expect(problems.map((p) => p.path)).toEqual([
      `tables.${last}.${rows.length - 1}.action`,
      `tables.${last}.${rows.length - 1}`,
    ]);
    expect(problems[0].message).toMatch(/expected string/);
    expect(problems[1].message).toMatch(/extra/);
    expect(await exported(target.db)).toBe(bootstrap);
  });

  it("checks the header before writing anything (here outside any transaction)", async () => {
    const wrong = file.replace('"version": 1', '"version": 2');
    const run = (text: string) =>
      restoreOrganisation(target.db as unknown as Tx, pieces(text, 100)).catch((e) => (e as OrgFileError).problems);
    expect(await run(wrong)).toEqual([{ path: "version", message: expect.stringMatching(/reads version 1/) }]);
    expect(await run(file.replace('"format": "levelboard-organisation",\n', ""))).toEqual([
      { path: "format", message: expect.stringMatching(/organisation export/) },
    ]);
    expect(await exported(target.db)).toBe(bootstrap);
  });

  it("refuses tables out of foreign-key order, naming the order", async () => {
    const data = JSON.parse(file);
    const { users, departments, ...rest } = data.tables;
    const swapped = JSON.stringify({ ...data, tables: { users, departments, ...rest } });
    const problems = await restore(target.db, swapped);
    expect(problems).toEqual([
      { path: "tables.users", message: expect.stringMatching(/comes before departments: .*departments, users, teams/) },
    ]);
    const missing = JSON.stringify({ ...data, tables: { departments } });
    expect(await restore(target.db, missing)).toEqual([{ path: "tables.users", message: "missing" }]);
    expect(await exported(target.db)).toBe(bootstrap);
  });

  it("restores in pieces of any size (characters cut in two) and batches, and re-exports the same bytes", async () => {
    expect(file).toMatch(/🚀/);
    const problems = await restore(target.db, file, 7);
    expect(problems).toEqual([]);
    expect(await exported(target.db)).toBe(file);
  });
});
