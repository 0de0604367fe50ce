// The heatmap and roster workbooks (`format=xlsx` on the CSV routes), read back with exceljs: the heatmap's cell
// values equal the read API's rows for the same parameters, cells carry the palette's fills, the header row and name
// column are frozen, the header has an autofilter, a legend sheet says what was exported, words follow the exporter's
// language, a formula-looking name stays text (no formula cell anywhere), and a scope out of reach is a 404.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { levelFill, UNASSESSED_FILL } from "@/lib/heatmap/palette";
import type { HeatmapResponse } from "@/lib/api/heatmap";
import { gapListPage, singlePoints, targetStandings } from "@/lib/db/queries/gaps";
import { GAP_LISTS } from "@/lib/search-params/gaps";

const heatmapExport = await import("./heatmap/route");
const rosterExport = await import("./team-members/route");
const heatmapApi = await import("../v1/heatmap/route");
const gapsExport = await import("./gaps/route");

const HOSTILE = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd"];

async function workbookOf(res: Response): Promise<ExcelJS.Workbook> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
  expect(res.headers.get("content-disposition")).toMatch(/\.xlsx"$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return wb;
}

function formulaCells(wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) found.push(`${ws.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

describe("workbook exports", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    const { memberA, memberA2, memberB } = f.members;
    const hostile = await h.db
      .insert(s.members)
      .values(HOSTILE.map((name) => ({ teamId: f.teams.teamA.id, name })))
      .returning();
    await h.db.insert(s.skillAssessments).values([
      { memberId: memberA.id, field: "hardware", item: "leadership", selfLevel: 2, leadLevel: 4 },
      { memberId: memberA2.id, field: "hardware", item: "leadership", selfLevel: 5, leadLevel: null },
      { memberId: memberB.id, field: "hardware", item: "hardware_technology", selfLevel: 3, leadLevel: 3 },
      { memberId: hostile[0].id, field: "hardware", item: "leadership", selfLevel: 1, leadLevel: 6 },
    ]);
    await h.db.insert(s.exams).values({ memberId: memberA.id, exam: "FE", reviewState: "approved" });
    await refreshAllStandings(h.db);
  });

  const call = (mod: { GET: (r: Request) => Promise<Response> }, path: string, headers: HeadersInit = {}) =>
    mod.GET(new Request(`http://localhost${path}`, { headers }));

  it("the heatmap workbook holds the API's rows for the same parameters: values, fills, marks, frozen panes", async () => {
    actAs(f.actors.head1);
    const query = `field=hardware&teamId=${f.teams.teamA.id}`;
    const api = (await (await call(heatmapApi, `/api/v1/heatmap?${query}`)).json()) as HeatmapResponse;
    expect(api.rows.length).toBe(2 + HOSTILE.length);
    const wb = await workbookOf(await call(heatmapExport, `/api/export/heatmap?${query}&format=xlsx`));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Heatmap Hardware", "Legend"]);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "Member",
      "Team",
      "Member id",
      ...api.items.map(() => expect.any(String)),
      "Hardware level",
    ]);
    expect(header[3 + api.items.indexOf("leadership")]).toBe("Leadership");

    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 1) rows.push(Array.from({ length: header.length }, (_, i) => row.getCell(i + 1).value));
    });
    expect(rows).toEqual(
      api.rows.map((r) => [
        r.name,
        "Team A",
        r.memberId,
        ...api.items.map((item) => r.cells[item]?.level ?? null),
        r.level,
      ]),
    );

    // Each item cell on the palette; the source shows without colour: bold (lead), italic + mark (self), hatch (none).
    const leadership = 4 + api.items.indexOf("leadership");
    for (const [i, r] of api.rows.entries()) {
      const row = ws.getRow(i + 2);
      const cell = row.getCell(leadership);
      const c = r.cells.leadership;
      if (!c) {
        expect(cell.fill).toMatchObject({ pattern: "lightTrellis", bgColor: { argb: argb(UNASSESSED_FILL) } });
        continue;
      }
      expect(cell.fill).toMatchObject({ pattern: "solid", fgColor: { argb: argb(levelFill(c.level)) } });
      if (c.source === "lead") expect(cell.font).toMatchObject({ bold: true });
      else expect([cell.font.italic, cell.numFmt]).toEqual([true, '0" (self)"']);
      expect(row.getCell(header.length).fill).toMatchObject({ fgColor: { argb: argb(levelFill(r.level)) } });
    }
    expect(api.rows.some((r) => r.cells.leadership?.source === "self")).toBe(true);

    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual("Member A2 (no account)".length);
    expect(formulaCells(wb)).toEqual([]);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(HOSTILE));

    const legend = wb.worksheets[1];
    const legendText: string[] = [];
    legend.eachRow((row) => legendText.push((row.values as unknown[]).slice(1).join(" | ")));
    expect(legendText).toEqual(
      expect.arrayContaining([
        "Scope | Team A",
        "Field | Hardware",
        `Exported by | ${f.actors.head1.name} <${f.actors.head1.email}>`,
        `Rows | ${api.rows.length}`,
      ]),
    );
  });

  it("the page's filters reach the workbook, and its words follow the exporter's language", async () => {
    actAs({ ...f.actors.head1, locale: "ja" });
    const res = await call(
      heatmapExport,
      "/api/export/heatmap?field=hardware&item=leadership&itemMin=2&sort=leadership&dir=desc&group=0&format=xlsx",
    );
    const wb = await workbookOf(res);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["ヒートマップ ハードウェア", "凡例"]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("メンバー");
    const names: unknown[] = [];
    ws.eachRow((row, n) => n > 1 && names.push(row.getCell(1).value));
    expect(names).toEqual(["=1+1", "Member A2 (no account)", "Member A (has account)"]);
    expect(formulaCells(wb)).toEqual([]);
  });

  it("a scope out of reach is a 404, as for the CSV; a member may not export the heatmap", async () => {
    actAs(f.actors.leadA);
    expect(
      (await call(heatmapExport, `/api/export/heatmap?field=hardware&teamId=${f.teams.teamB.id}&format=xlsx`)).status,
    ).toBe(404);
    expect((await call(rosterExport, `/api/export/team-members?teamId=${f.teams.teamB.id}&format=xlsx`)).status).toBe(
      404,
    );
    actAs(f.actors.memberA);
    expect((await call(heatmapExport, "/api/export/heatmap?field=hardware&format=xlsx")).status).toBe(403);
  });

  it("the roster workbook: the table's rows with levels as numbers, formula-looking names as text", async () => {
    actAs(f.actors.leadA);
    const wb = await workbookOf(
      await call(rosterExport, `/api/export/team-members?teamId=${f.teams.teamA.id}&format=xlsx`, {
        "accept-language": "ja",
      }),
    );
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("メンバー Team A");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const names: unknown[] = [];
    const hardware: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      names.push(row.getCell(1).value);
      hardware.push(row.getCell(5).value);
    });
    expect(names).toEqual(expect.arrayContaining([...HOSTILE, "Member A (has account)", "Member A2 (no account)"]));
    expect(hardware.every((v) => typeof v === "number")).toBe(true);
    expect(formulaCells(wb)).toEqual([]);
  });
  it("the gaps workbook (format=xlsx on the gaps export): a sheet per list, each with every row of that list's query", async () => {
    actAs(f.actors.head1);
    const scope = { kind: "department", departmentId: f.departments.dept1.id, name: "" } as const;
    const actor = f.actors.head1;
    const query = `departmentId=${f.departments.dept1.id}`;
    const wb = await workbookOf(await call(gapsExport, `/api/export/gaps?list=apart&${query}&format=xlsx`));
    expect(wb.worksheets).toHaveLength(6);
    expect(formulaCells(wb)).toEqual([]);
    const dataRows = (i: number) => wb.worksheets[i].actualRowCount - 1;
    const [targets, points] = await Promise.all([
      targetStandings(h.db, actor, scope),
      singlePoints(h.db, actor, scope),
    ]);
    const totals = Object.fromEntries(
      await Promise.all(
        GAP_LISTS.map(async (l) => [l, (await gapListPage(h.db, actor, scope, l, { page: null })).total] as const),
      ),
    );
    expect(dataRows(0)).toBe(targets.length);
    expect(dataRows(1)).toBe(points.length);
    expect(points.length).toBe(totals.singles + totals.nobody);
    expect([dataRows(2), dataRows(3), dataRows(4), dataRows(5)]).toEqual([
      totals.oneStep,
      totals.certifications,
      totals.apart,
      totals.stale,
    ]);
    expect(totals.apart).toBeGreaterThan(0);
    // the list's CSV still answers without format
    const csv = await call(gapsExport, `/api/export/gaps?list=apart&${query}`);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    // out of reach: 404, as the CSV
    const other = await call(gapsExport, `/api/export/gaps?departmentId=${f.departments.dept2.id}&format=xlsx`);
    expect(other.status).toBe(404);
  });
});
