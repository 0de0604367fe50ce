// The heatmap CSV holds exactly the rows and cells the page shows for the same URL: scope, filters and sort.
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import Papa from "papaparse";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { heatmapPage } from "@/lib/db/queries/heatmap";
import { parseHeatmapParams } from "@/lib/search-params/heatmap";
import { resolveScope } from "@/lib/views/scope";
import { heatmapCsv } from "./heatmap-csv";

describe("heatmap CSV export", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    const { memberA, memberA2, memberB } = f.members;
    await h.db.insert(s.skillAssessments).values([
      { memberId: memberA.id, field: "hardware", item: "leadership", selfLevel: 2, leadLevel: 4 },
      { memberId: memberA2.id, field: "hardware", item: "leadership", selfLevel: 5, leadLevel: null },
      { memberId: memberB.id, field: "hardware", item: "leadership", selfLevel: 1, leadLevel: null },
      { memberId: memberB.id, field: "hardware", item: "hardware_technology", selfLevel: 3, leadLevel: 3 },
    ]);
    await refreshAllStandings(h.db);
  });

  const parse = async (res: Response) =>
    Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

  it("answers 403 for a member and 404 for a scope out of reach", async () => {
    expect((await heatmapCsv(h.db, f.actors.memberA, "http://x/api/export/heatmap?field=hardware")).status).toBe(403);
    expect(
      (await heatmapCsv(h.db, f.actors.leadA, `http://x/api/export/heatmap?field=hardware&teamId=${f.teams.teamB.id}`))
        .status,
    ).toBe(404);
  });

  it("redirects an old scope spelling once to the one spelling", async () => {
    const res = await heatmapCsv(h.db, f.actors.head1, "http://x/api/export/heatmap?field=hardware&scope=team:7");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("http://x/api/export/heatmap?field=hardware&teamId=7");
  });

  for (const query of [
    "field=hardware",
    "field=hardware&item=leadership&itemMin=2&sort=leadership&dir=desc&group=0",
    "field=hardware&team=TEAM_B",
    "field=hardware&team=TEAM_B&teams=all",
    "field=hardware&teams=all",
    "field=software&minLevel=1",
  ]) {
    it(`the rows of the page for ?${query}, every page at once`, async () => {
      const url = `http://x/api/export/heatmap?${query.replace("TEAM_B", String(f.teams.teamB.id))}`;
      const res = await heatmapCsv(h.db, f.actors.head1, url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/text\/csv/);
      const [header, ...rows] = await parse(res);
      const p = parseHeatmapParams(new URL(url));
      const scope = await resolveScope(h.db, f.actors.head1, {});
      if (!scope.ok) throw new Error("scope");
      const page = await heatmapPage(h.db, {
        actor: f.actors.head1,
        scope: scope.scope,
        field: p.field,
        page: null,
        filters: {
          team: p.team,
          minLevel: p.minLevel,
          item: p.item ? { item: p.item, min: p.itemMin } : null,
          servingOnly: p.teams === "serving",
        },
        order: { sort: p.sort, dir: p.dir, group: p.group },
      });
      expect(header).toHaveLength(3 + 2 * 7 + 1);
      expect(rows.map((r) => Number(r[2]))).toEqual(page.rows.map((r) => r.memberId));
      for (const [i, row] of page.rows.entries()) {
        expect(rows[i].slice(3, 17)).toEqual(row.cells.flatMap((c) => (c ? [String(c.level), c.source] : ["", ""])));
        expect(rows[i][17]).toBe(String(row.level));
      }
    });
  }

  it("the item filter and sort reach the file: self-rated 5 before lead-rated 4, the self-rated 1 left out", async () => {
    const res = await heatmapCsv(
      h.db,
      f.actors.head1,
      "http://x/api/export/heatmap?field=hardware&item=leadership&itemMin=2&sort=leadership&dir=desc&group=0",
    );
    const [header, ...rows] = await parse(res);
    const col = header.indexOf("Leadership");
    expect(rows.map((r) => [r[1], r[col], r[col + 1]])).toEqual([
      ["Member A2 (no account)", "5", "self"],
      ["Member A (has account)", "4", "lead"],
    ]);
  });
});
