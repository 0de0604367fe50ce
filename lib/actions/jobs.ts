"use server";
// "Run jobs now" (administrators, under Admin): the time-based jobs once, as the hourly run does, recorded in job_runs.
// runAction authorizes and audits the request in its transaction; the jobs run after it has committed, because each
// job opens its own transactions (on the embedded database one waiting on the action's open transaction would hang).
import { z } from "zod";
import { can } from "../auth/policy";
import { configuredEngine, getDb } from "../db/client";
import { writeAudit } from "../db/audit";
import { noteDatabaseError } from "../db/health";
import { forbidden, loggableError } from "../errors";
import { text, translate } from "../i18n/text";
import { runJobsOnce } from "../jobs/runner";
import { revalidate } from "./context";
import { runAction, type ActionResult } from "./run";

export type JobsNowResult = { status: "ran" | "skipped"; failed: number };

export async function runJobsNow(raw: unknown = {}): Promise<ActionResult<JobsNowResult>> {
  const allowed = await runAction(z.strictObject({}), raw, async ({ tx, actor, locale }) => {
    if (!can(actor, "jobs.run")) throw forbidden(text("errors.can.runJobs"));
    await writeAudit(tx, { actorUserId: actor.userId, action: "run", entity: "jobs", entityId: null });
    return { data: { locale } };
  });
  if (!allowed.ok) return allowed;
  const { locale } = allowed.data;
  try {
    const run = await runJobsOnce({ db: await getDb(), engine: configuredEngine(), now: new Date(), trigger: "admin" });
    revalidate(["/admin"]);
    if (run.status === "skipped")
      return {
        ok: true,
        data: { status: "skipped", failed: 0 },
        message: translate(locale, text("forms.done.jobsSkipped")),
      };
    const failed = run.jobs.filter((j) => j.error !== undefined).length;
    return {
      ok: true,
      data: { status: "ran", failed },
      message: translate(
        locale,
        failed ? text("forms.done.jobsRanWithFailures", { count: failed }) : text("forms.done.jobsRan"),
      ),
    };
  } catch (e) {
    if (noteDatabaseError(e))
      return { ok: false, code: "unavailable", error: translate(locale, text("errors.unavailable")) };
    console.error(`levelboard: the jobs could not run: ${loggableError(e)}`);
    return { ok: false, code: "invalid_state", error: translate(locale, text("errors.unexpected")) };
  }
}
