// The gaps workbook on the demo organisation, from today's loaders with every row: one sheet per list in order, a
// header and exactly the loader's rows in each, numbers as numbers, a formula-looking certification name as text.
import { beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import { useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import { seedDemo } from "../../seed/demo";
import { afterSeed } from "../../seed/after-seed";
import type { Actor } from "../auth/policy";
import type { ViewScope } from "../views/scope";
import { gapLists, singlePoints, targetStandings } from "../db/queries/gaps";
import { GAPS_SHEETS, writeGapsWorkbook } from "./gaps-workbook";

const ALL = 1_000_000;

describe("gaps workbook", () => {
  const h = useIntegrationDb({ fixture: false });
  let head: Actor;
  let dept: ViewScope;
  beforeAll(async () => {
    await seedDemo(h.db);
    await afterSeed(h.db);
    const [u] = await h.db.select().from(s.users).where(eq(s.users.email, "head@levelboard.test"));
    head = { userId: u.id, role: "head", departmentId: u.departmentId, leadTeamIds: [], memberId: null };
    dept = { kind: "department", departmentId: u.departmentId!, name: "" };
    const [m] = await h.db.select().from(s.members).limit(1);
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await h.db
      .insert(s.certifications)
      .values({ memberId: m.id, name: "=HYPERLINK(1)", expiresOn: soon, reviewState: "approved" });
    // A member one step from level 3: a level-3 member's projects without the specialty (as gaps.int.test.ts).
    const hwTeam = (await h.db.select().from(s.teams)).find((t) => t.field === "hardware")!;
    const [source] = await h.db
      .select()
      .from(s.memberStandings)
      .innerJoin(s.members, eq(s.members.id, s.memberStandings.memberId))
      .where(
        and(
          eq(s.members.teamId, hwTeam.id),
          eq(s.memberStandings.field, "hardware"),
          eq(s.memberStandings.level, 3),
          eq(s.memberStandings.source, "kpi"),
        ),
      )
      .limit(1);
    const projects = await h.db.select().from(s.projects).where(eq(s.projects.memberId, source.members.id));
    const [step] = await h.db.insert(s.members).values({ teamId: hwTeam.id, name: "Step" }).returning();
    await h.db.insert(s.projects).values(projects.map(({ id: _id, ...p }) => (void _id, { ...p, memberId: step.id })));
    await refreshOfficialEvaluations(h.db, [step.id]);
    // A rating three levels apart, and older than 12 months.
    const old = new Date(Date.now() - 800 * 86_400_000).toISOString().slice(0, 10);
    await h.db.delete(s.skillAssessments).where(eq(s.skillAssessments.memberId, m.id));
    await h.db.insert(s.skillAssessments).values({
      memberId: m.id,
      field: "hardware",
      item: "leadership",
      selfLevel: 5,
      selfAssessedOn: old,
      leadLevel: 2,
      leadAssessedOn: old,
    });
  });

  it("has every sheet, each with the loader's rows", async () => {
    const [targets, points, lists] = await Promise.all([
      targetStandings(h.db, head, dept),
      singlePoints(h.db, head, dept),
      gapLists(h.db, head, dept, ALL),
    ]);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    // Lists as pages (the way a streaming route hands them over) and whole.
    async function* paged<T>(rows: T[]) {
      for (let i = 0; i < rows.length; i += 7) yield rows.slice(i, i + 7);
    }
    let drains = 0;
    const counts = await writeGapsWorkbook(
      wb,
      {
        targets: paged(targets),
        singlePoints: points,
        oneStep: paged(lists.oneStep.rows),
        certifications: lists.certifications.rows,
        apart: lists.apart.rows,
        stale: lists.stale.rows,
      },
      "en",
      { drain: async () => void drains++, missingText: (m) => `missing ${m.code}` },
    );
    await wb.commit();
    expect(drains).toBe(Math.ceil(targets.length / 7) + Math.ceil(lists.oneStep.rows.length / 7));

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(read.worksheets.map((ws) => ws.name)).toEqual([
      "Targets",
      "Single points of failure",
      "One step from next level",
      "Expiring certifications",
      "Diverging ratings",
      "Stale ratings",
    ]);
    const expected = {
      targets: targets.length,
      singles: points.length,
      oneStep: lists.oneStep.total,
      certifications: lists.certifications.total,
      apart: lists.apart.total,
      stale: lists.stale.total,
    };
    expect(counts).toEqual(expected);
    for (const [i, key] of GAPS_SHEETS.entries()) {
      const ws = read.worksheets[i];
      expect(ws.rowCount, key).toBe(expected[key] + 1);
      expect(ws.views[0], key).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter, key).toBeTruthy();
    }
    // Every list has rows on the demo data, so each sheet is checked with content.
    expect(Object.entries(expected).filter(([, n]) => n === 0)).toEqual([]);
    const targetsSheet = read.worksheets[0];
    expect(targetsSheet.getRow(2).getCell(1).value).toBe(targets[0].ownerName);
    expect(targetsSheet.getRow(2).getCell(6).value).toBe(targets[0].actual);
    expect(read.worksheets[2].getRow(2).getCell(6).value).toBe(`missing ${lists.oneStep.rows[0].missing.code}`);
    const certs = read.worksheets[3];
    const names: unknown[] = [];
    let formulas = 0;
    read.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (c.formula && formulas++))));
    certs.eachRow((row) => names.push(row.getCell(3).value));
    expect(names).toContain("=HYPERLINK(1)");
    expect(formulas).toBe(0);
  });
});
