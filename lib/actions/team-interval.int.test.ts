// The team's assessment interval through updateTeam: who may set it (team.manage), the field-naming message in both
// languages, the version conflict, the audit row, and the members' due statuses following the new interval.
import { beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Fixture } from "../testing/fixture";
import { auditLog, memberCurrency, skillAssessments, teamCurrencyCounts, teams } from "../db/schema";
import { addDays } from "../itss/currency";
import { skillItemsOf } from "../itss/fields";
import { isoDay, refreshCurrency } from "../evaluation/currency";
import { updateTeam } from "./teams";

describe("the assessment interval in team settings", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  const input = (over: Record<string, unknown> = {}) => ({
    id: f.teams.teamA.id,
    version: 1,
    name: f.teams.teamA.name,
    field: "hardware",
    assessmentIntervalMonths: "6",
    ...over,
  });
  const interval = async () =>
    (await h.db.select().from(teams).where(eq(teams.id, f.teams.teamA.id)))[0].assessmentIntervalMonths;

  beforeAll(async () => {
    f = h.fixture;
    // memberA rated every hardware item 200 days ago: current at 12 months; at 6 months stale since ~18 days, so
    // due and not yet overdue. memberA2 has nothing rated: due since joining today.
    const on = addDays(isoDay(new Date()), -200);
    await h.db.insert(skillAssessments).values(
      skillItemsOf("hardware").map((item) => ({
        memberId: f.members.memberA.id,
        field: "hardware" as const,
        item,
        selfLevel: 2,
        selfAssessedOn: on,
      })),
    );
    await refreshCurrency(h.db, [f.members.memberA.id, f.members.memberA2.id]);
  });

  it("is refused to a lead and unknown outside the head's department; nothing changes", async () => {
    actAs(f.actors.leadA);
    expect(await updateTeam(input())).toMatchObject({ ok: false, code: "forbidden" });
    actAs(f.actors.head2);
    expect(await updateTeam(input())).toMatchObject({ ok: false, code: "not_found" });
    actAs(f.actors.memberA);
    expect(await updateTeam(input())).toMatchObject({ ok: false });
    expect(await interval()).toBe(12);
  });

  it.each([
    ["0", "en"],
    ["37", "en"],
    ["1.5", "en"],
    ["twelve", "ja"],
  ] as const)("refuses %s with a message naming the field (%s)", async (value, locale) => {
    actAs({ ...f.actors.head1, locale });
    const result = await updateTeam(input({ assessmentIntervalMonths: value }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("validation");
    expect(result.fieldErrors?.assessmentIntervalMonths).toContain(
      locale === "en" ? "assessment interval (months)" : "評価の間隔（か月）",
    );
    expect(await interval()).toBe(12);
  });

  it("saves with an audit row, moves the members' due statuses, then answers a stale version with a conflict", async () => {
    const before = await h.db.select().from(memberCurrency).where(eq(memberCurrency.memberId, f.members.memberA.id));
    expect(before.map((r) => r.status)).toEqual(["current"]);
    actAs(f.actors.head1);
    const result = await updateTeam(input());
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await interval()).toBe(6);
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "team"), eq(auditLog.entityId, String(f.teams.teamA.id))))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({
      action: "update",
      before: expect.objectContaining({ assessmentIntervalMonths: 12 }),
      after: expect.objectContaining({ assessmentIntervalMonths: 6 }),
    });
    const after = await h.db.select().from(memberCurrency).where(eq(memberCurrency.memberId, f.members.memberA.id));
    expect(after.map((r) => r.status)).toEqual(["due"]);
    const [counts] = await h.db
      .select()
      .from(teamCurrencyCounts)
      .where(eq(teamCurrencyCounts.teamId, f.teams.teamA.id));
    expect(counts).toMatchObject({ due: 2, overdue: 0 });

    // the same form again, with the version it loaded before the save
    const stale = await updateTeam(input({ assessmentIntervalMonths: "24" }));
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await interval()).toBe(6);
  });

  it("leaves the interval as it is when a form does not send it", async () => {
    actAs(f.actors.admin);
    const result = await updateTeam({ id: f.teams.teamA.id, version: 2, name: "Team A2", field: "hardware" });
    expect(result).toMatchObject({ ok: true });
    expect(await interval()).toBe(6);
  });
});
