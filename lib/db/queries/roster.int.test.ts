// Roster table queries: filters/sort/pagination at 1,000 rows, and the level columns (read from member_standings,
// sortable in SQL) equal a fresh evaluation of the records. (The URL params' own tests: lib/search-params/roster.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { exams, members, teams } from "../schema";
import type { Fixture } from "../../testing/fixture";
import { listTeamMembers, type TeamMemberRow } from "./team-members";
import { listTeamsTable, scopeTeamOptions } from "./teams";
import { listUsers } from "./users";
import { parseTeamMemberParams, parseTeamParams, parseUserParams } from "../../search-params/roster";
import { evaluateMembers } from "../../evaluation/current";
import { refreshAllStandings } from "../../evaluation/refresh";
import { FIELDS, type Field } from "../../itss/fields";
import { seedDemo } from "../../../seed/demo";
import { afterSeed } from "../../../seed/after-seed";

/** The levels a fresh evaluation of the records gives each row (official and provisional), in the roster's shape. */
async function freshLevels(db: Db, rows: readonly TeamMemberRow[]): Promise<Map<number, TeamMemberRow["levels"]>> {
  const ids = rows.map((r) => r.id);
  const [official, provisional] = await Promise.all([
    evaluateMembers(db, ids, "official"),
    evaluateMembers(db, ids, "provisional"),
  ]);
  return new Map(
    ids.map((id) => [
      id,
      Object.fromEntries(
        FIELDS.map((f) => {
          const o = official.get(id)!.evaluation.fields[f];
          return [
            f,
            {
              level: o.level,
              skillLevel: o.skillLevel,
              provisionalLevel: provisional.get(id)!.evaluation.fields[f].level,
            },
          ];
        }),
      ) as TeamMemberRow["levels"],
    ]),
  );
}

/** The order the roster promises for a level sort: level (asc/desc), then name, then id. */
function expectedOrder(
  rows: readonly TeamMemberRow[],
  fresh: Map<number, TeamMemberRow["levels"]>,
  field: Field,
  dir: "asc" | "desc",
): number[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows]
    .sort(
      (a, b) =>
        sign * (fresh.get(a.id)![field].level - fresh.get(b.id)![field].level) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        a.id - b.id,
    )
    .map((r) => r.id);
}

describe("queries at 1,000 members", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    await h.db.insert(members).values(
      Array.from({ length: 1000 }, (_, i) => ({
        teamId: f.teams.teamA.id,
        name: `Person ${String(i).padStart(4, "0")}`,
        jobTitle: i % 2 ? "Engineer" : "Technician",
        archivedAt: i % 10 === 0 ? new Date() : null,
      })),
    );
    // Varied levels by exam (IP → 1, FE → 2, AP → 3); some only submitted, so provisional differs from official.
    const people = await h.db
      .select({ id: members.id })
      .from(members)
      .where(eq(members.teamId, f.teams.teamA.id))
      .orderBy(members.id);
    const kinds = ["IP", "FE", "AP", null] as const;
    await h.db.insert(exams).values(
      people.flatMap((m, i) => {
        const exam = kinds[(i * 7) % 4];
        return exam
          ? [{ memberId: m.id, exam, reviewState: i % 5 === 0 ? ("submitted" as const) : ("approved" as const) }]
          : [];
      }),
    );
    await refreshAllStandings(h.db);
  });

  it("pages, filters and sorts on the server; the page's levels come with its rows", async () => {
    const t0 = performance.now();
    const page = await listTeamMembers(
      h.db,
      f.teams.teamA.id,
      parseTeamMemberParams({ page: "3", size: "100", sort: "name", dir: "desc" }),
    );
    const ms = performance.now() - t0;
    expect(page.total).toBe(902); // 900 active of 1,000 + the fixture's two
    expect(page.rows).toHaveLength(100);
    expect(page.rows[0].name > page.rows[99].name).toBe(true);
    const fresh = await freshLevels(h.db, page.rows);
    for (const r of page.rows) expect(r.levels, r.name).toEqual(fresh.get(r.id));
    console.log(`team roster page of 100 (of ${page.total}) with levels: ${ms.toFixed(0)} ms`);
    const filtered = await listTeamMembers(
      h.db,
      f.teams.teamA.id,
      parseTeamMemberParams({ q: "person 00", archived: "1" }),
    );
    expect(filtered.total).toBe(100);
    const pct = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ q: "%" }));
    expect(pct.total).toBe(0); // wildcards are literal
    const all = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ archived: "1" }), {
      paginate: false,
    });
    expect(all.rows).toHaveLength(1002);
    const beyond = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ page: "999" }));
    expect(beyond).toMatchObject({ rows: [], total: 902 });
  });

  it("sorts by a field's level in SQL across pages: each page is the slice of the order a fresh evaluation gives", async () => {
    const all = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ archived: "1" }), {
      paginate: false,
    });
    const fresh = await freshLevels(h.db, all.rows);
    const levels = new Set(all.rows.map((r) => fresh.get(r.id)!.software.level));
    expect(levels.size).toBeGreaterThanOrEqual(3); // the sort has something to sort
    expect(all.rows.some((r) => fresh.get(r.id)!.software.provisionalLevel > fresh.get(r.id)!.software.level)).toBe(
      true,
    );
    for (const dir of ["desc", "asc"] as const) {
      const order = expectedOrder(
        all.rows.filter((r) => !r.archived),
        fresh,
        "software",
        dir,
      );
      for (const pageNo of [1, 4]) {
        const page = await listTeamMembers(
          h.db,
          f.teams.teamA.id,
          parseTeamMemberParams({ sort: "level_software", dir, page: String(pageNo), size: "100" }),
        );
        expect(page.total).toBe(902);
        expect(
          page.rows.map((r) => r.id),
          `${dir} page ${pageNo}`,
        ).toEqual(order.slice((pageNo - 1) * 100, pageNo * 100));
        for (const r of page.rows) expect(r.levels).toEqual(fresh.get(r.id));
      }
    }
  });

  it("teams and users lists respect visibility and sort", async () => {
    const forLead = await listTeamsTable(h.db, f.actors.leadB, parseTeamParams({}));
    expect(forLead.rows.map((t) => t.name)).toEqual(["Team B"]);
    const byMembers = await listTeamsTable(h.db, f.actors.admin, parseTeamParams({ sort: "members", dir: "desc" }));
    expect(byMembers.rows[0]).toMatchObject({ name: "Team A", memberCount: 902, leads: ["leada"] });
    const users = await listUsers(h.db, parseUserParams({ role: "head", sort: "email" }));
    expect(users.rows.map((u) => u.email)).toEqual(["head1@t.test", "head2@t.test"]);
  });
});

describe("the roster's level columns on the demo organisation", () => {
  const h = useIntegrationDb({ fixture: false });
  beforeAll(async () => {
    await h.db.transaction(async (tx) => {
      await seedDemo(tx as never);
      await afterSeed(tx as never);
    });
  });

  it("equal a fresh evaluation of each member's records, and sort by level in every field", async () => {
    const teamRows = await h.db.select({ id: teams.id, field: teams.field }).from(teams);
    expect(teamRows).toHaveLength(3);
    let compared = 0;
    for (const team of teamRows) {
      const all = await listTeamMembers(h.db, team.id, parseTeamMemberParams({}), { paginate: false });
      const fresh = await freshLevels(h.db, all.rows);
      for (const r of all.rows) expect(r.levels, r.name).toEqual(fresh.get(r.id));
      compared += all.rows.length;
      const own = team.field!;
      expect(new Set(all.rows.map((r) => r.levels[own].level)).size, own).toBeGreaterThan(2);
      for (const field of FIELDS) {
        for (const dir of ["asc", "desc"] as const) {
          const sorted = await listTeamMembers(h.db, team.id, parseTeamMemberParams({ sort: `level_${field}`, dir }));
          expect(
            sorted.rows.map((r) => r.id),
            `${own} team by ${field} ${dir}`,
          ).toEqual(expectedOrder(all.rows, fresh, field, dir));
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });
});

describe("the teams a scope picker offers", () => {
  const h = useIntegrationDb();
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

  it("lists an administrator's teams one department at a time, and every visible team to others", async () => {
    const { actors, teams: t, departments: d } = h.fixture;
    const dept1 = { kind: "department", departmentId: d.dept1.id, name: d.dept1.name } as const;
    const teamC = { kind: "team", teamId: t.teamC.id, departmentId: d.dept2.id, name: t.teamC.name } as const;
    expect(await scopeTeamOptions(h.db, actors.admin, { kind: "org" })).toEqual([]);
    expect(ids(await scopeTeamOptions(h.db, actors.admin, dept1))).toEqual(ids([t.teamA, t.teamB]));
    expect(ids(await scopeTeamOptions(h.db, actors.admin, teamC))).toEqual([t.teamC.id]);
    // A head's list is their department whatever the scope; a lead's, their own teams.
    expect(ids(await scopeTeamOptions(h.db, actors.head1, dept1))).toEqual(ids([t.teamA, t.teamB]));
    expect(ids(await scopeTeamOptions(h.db, actors.leadA, { kind: "mine", teamIds: [t.teamA.id] }))).toEqual([
      t.teamA.id,
    ]);
  });
});
