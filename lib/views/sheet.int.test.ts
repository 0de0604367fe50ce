// The skill sheet's loader: the member page's permission (any member out of reach → null, the page's 404), approved
// current records only, the official evaluation, and the member's own fields.
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { loadSkillSheets, teamSheetMembers } from "./sheet";

describe("loadSkillSheets", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    const { memberA } = f.members;
    await h.db.insert(s.projects).values([
      {
        memberId: memberA.id,
        field: "software",
        name: "Approved",
        customer: "Customer X",
        role: "leader",
        status: "completed",
        reviewState: "approved",
        reviewedBy: f.users.leadA.id,
        reviewedAt: new Date(),
      },
      { memberId: memberA.id, field: "software", name: "Draft", role: "member", status: "ongoing" },
    ]);
    await h.db.insert(s.exams).values([
      { memberId: memberA.id, exam: "FE", reviewState: "approved" },
      { memberId: memberA.id, exam: "AP", reviewState: "submitted" },
    ]);
  });

  it("null when any member is out of reach or unknown; the page's order otherwise", async () => {
    const { memberA, memberA2, memberB } = f.members;
    expect(await loadSkillSheets(h.db, f.actors.leadA, [memberA.id, memberB.id])).toBeNull();
    expect(await loadSkillSheets(h.db, f.actors.leadA, [999_999])).toBeNull();
    expect(await loadSkillSheets(h.db, f.actors.memberA, [memberA2.id])).toBeNull();
    const sheets = await loadSkillSheets(h.db, f.actors.leadA, [memberA2.id, memberA.id]);
    expect(sheets!.map((x) => x.header.id)).toEqual([memberA2.id, memberA.id]);
    expect(await loadSkillSheets(h.db, f.actors.memberA, [memberA.id])).toHaveLength(1);
  });

  it("approved records only, the official level from them, and the member's fields", async () => {
    const [sheet] = (await loadSkillSheets(h.db, f.actors.head1, [f.members.memberA.id]))!;
    expect(sheet.projects.map((p) => p.name)).toEqual(["Approved"]);
    expect(sheet.exams.map((x) => x.exam)).toEqual(["FE"]);
    // FE (approved) gives level 2 in every field; AP is only submitted.
    expect(sheet.official.fields.hardware.level).toBe(2);
    expect(sheet.fields).toContain("software");
  });

  it("a team's active members for the checkboxes", async () => {
    const members = await teamSheetMembers(h.db, f.teams.teamA.id);
    expect(members.map((m) => m.id).sort()).toEqual([f.members.memberA.id, f.members.memberA2.id].sort());
  });
});
