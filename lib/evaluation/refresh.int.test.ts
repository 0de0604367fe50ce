import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { eq } from "drizzle-orm";
import { evaluationSnapshots, projects, specialties } from "../db/schema";
import type { Fixture } from "../testing/fixture";
import { refreshOfficialEvaluations } from "./refresh";
import { evaluateMembers } from "./current";

describe("evaluation snapshots", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
  });

  it("writes a snapshot only when the official evaluation changes", async () => {
    const memberId = f.members.memberA.id;
    expect(await refreshOfficialEvaluations(h.db, [memberId])).toBe(0); // nothing yet
    await h.db
      .insert(specialties)
      .values({ memberId, field: "hardware", area: "first_support_contact", reviewState: "approved" });
    await h.db.insert(projects).values({
      memberId,
      field: "hardware",
      name: "P",
      role: "member",
      status: "completed",
      successful: true,
      complexity: ["multi_platform", "multi_vendor"],
      scope: "specific_users",
      reviewState: "submitted",
    });
    expect(await refreshOfficialEvaluations(h.db, [memberId])).toBe(0); // submitted does not count officially
    await h.db.update(projects).set({ reviewState: "approved" }).where(eq(projects.memberId, memberId));
    expect(await refreshOfficialEvaluations(h.db, [memberId])).toBe(1);
    expect(await refreshOfficialEvaluations(h.db, [memberId])).toBe(0); // unchanged
    const snaps = await h.db.select().from(evaluationSnapshots).where(eq(evaluationSnapshots.memberId, memberId));
    expect(snaps).toHaveLength(1);
    expect(snaps[0]).toMatchObject({ field: "hardware", level: 3, source: "kpi", kpiLevel: 3 });
    const current = await evaluateMembers(h.db, [memberId]);
    expect(current.get(memberId)!.evaluation.fields.hardware.level).toBe(3);
  });
});
