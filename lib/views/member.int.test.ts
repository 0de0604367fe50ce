// The member page's and the member's dashboard's standing: the fields shown (the team's first, then every field with
// a record or rating), and what submitted records meet of the official path (docs/evaluation.md#6-which-records-count).
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { exams, projects, specialties } from "../db/schema";
import type { Fixture } from "../testing/fixture";
import { evaluateMembers } from "../evaluation/current";
import { COMPLEXITY_OF } from "../itss/record-options";
import { loadMember, loadOwnStanding } from "./member";

describe("member standing views", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    const memberId = f.members.memberA.id; // Team A: hardware
    const hw = COMPLEXITY_OF.hardware;
    const project = { memberId, field: "hardware" as const, status: "completed" as const, successful: true };
    await h.db.insert(projects).values([
      // approved: level 3 → kpi 3 with the specialty below; the path is to level 4
      {
        ...project,
        name: "A",
        role: "member",
        complexity: [hw[0], hw[1]],
        scope: "specific_users",
        reviewState: "approved",
      },
      // submitted: a second successful project of level 4, the key project
      {
        ...project,
        name: "B",
        role: "leader",
        complexity: [hw[0], hw[1]],
        scope: "wide_area_team",
        reviewState: "submitted",
      },
    ]);
    await h.db.insert(specialties).values([
      { memberId, field: "hardware", area: "first_support_contact", reviewState: "approved" },
      // a draft in another field: the page shows Software too
      { memberId, field: "software", area: "first_support_contact", reviewState: "draft" },
    ]);
    await h.db.insert(exams).values({ memberId, exam: "AP", reviewState: "approved" });
  });

  it("shows the team's field first, then every field with a record, on the page and the dashboard alike", async () => {
    const m = (await loadMember(h.db, f.actors.memberA, f.members.memberA.id))!;
    expect(m.shownFields).toEqual(["hardware", "software"]);
    const own = (await loadOwnStanding(h.db, f.members.memberA.id))!;
    expect(own.map((o) => o.field)).toEqual(["hardware", "software"]);
    const e = (await evaluateMembers(h.db, [f.members.memberA.id])).get(f.members.memberA.id)!.evaluation;
    expect(own.map((o) => o.official)).toEqual([e.fields.hardware, e.fields.software]);
  });

  it("names what the submitted records meet of the official path", async () => {
    const m = (await loadMember(h.db, f.actors.memberA, f.members.memberA.id))!;
    const hw = m.official.fields.hardware;
    expect(hw).toMatchObject({ level: 3, source: "kpi", next: { level: 4 } });
    expect(hw.next!.missing.map((x) => x.code)).toEqual([
      "projects",
      "key_project",
      "specialty",
      "succession",
      "develops_subordinates",
    ]);
    // The submitted project meets the projects and the key project; the rest is still missing.
    expect(m.withSubmitted.hardware!.map((x) => x.code)).toEqual(["specialty", "succession", "develops_subordinates"]);
    const own = (await loadOwnStanding(h.db, f.members.memberA.id))!;
    expect(own[0].withSubmitted).toEqual(m.withSubmitted.hardware);
    // Software: level 3 by exam, its path (to level 3) unchanged by the draft.
    expect(m.official.fields.software).toMatchObject({ level: 3, source: "exam", next: { level: 3 } });
    expect(m.withSubmitted.software).toEqual(m.official.fields.software.next!.missing);
  });

  it("gives nothing for a member that does not exist", async () => {
    expect(await loadOwnStanding(h.db, 999_999)).toBeNull();
  });
});
