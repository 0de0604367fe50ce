// "Run jobs now": an administrator's request runs the jobs once (recorded as started by an administrator) and is
// audited; anyone else is refused and nothing runs.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { auditLog, jobRuns } from "../db/schema";
import { runJobsNow } from "./jobs";

const h = useIntegrationDb();
const runsBy = async (trigger: string) =>
  (await h.db.select({ n: count() }).from(jobRuns).where(eq(jobRuns.trigger, trigger)))[0].n;

describe("runJobsNow", () => {
  it("refuses a head, a lead and a member, and runs nothing", async () => {
    for (const actor of [h.fixture.actors.head1, h.fixture.actors.leadA, h.fixture.actors.memberA]) {
      actAs(actor);
      const r = await runJobsNow({});
      expect(r.ok ? "ok" : r.code).toBe("forbidden");
    }
    expect(await runsBy("admin")).toBe(0);
  });

  it("refuses unknown input by its field", async () => {
    actAs(h.fixture.actors.admin);
    const r = await runJobsNow({ now: "2030-01-01" });
    expect(r.ok ? "ok" : r.fieldErrors).toHaveProperty("now");
  });

  it("runs the jobs for an administrator, records the run and audits the request", async () => {
    actAs(h.fixture.actors.admin);
    const r = await runJobsNow({});
    expect(r).toMatchObject({ ok: true, data: { status: "ran", failed: 0 }, message: "The jobs ran." });
    expect(await runsBy("admin")).toBe(1);
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.entity, "jobs"));
    expect(audit).toMatchObject([{ action: "run", actorUserId: h.fixture.users.admin.id }]);
  });
});
