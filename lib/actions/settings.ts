"use server";
// The organisation's settings (administrators, under Admin): whether a self-rating alone counts toward targets,
// single points of failure and staffing. Audited; the views read the setting in their own statements.
import { z } from "zod";
import { eq } from "drizzle-orm";
import { can } from "../auth/policy";
import { writeAudit } from "../db/audit";
import { organisationSettings } from "../db/schema";
import { updateVersioned } from "../db/versioned";
import { forbidden } from "../errors";
import { fieldLabel, versionField } from "../validation";
import { sayError, text } from "../i18n/text";
import { runAction } from "./run";
import { rewriteAllGapCounts } from "../evaluation/gap-counts";

const settingsSchema = z.strictObject({
  version: versionField,
  // A form posts "true" / "false"; JSON sends a boolean.
  countSelfRatings: z.preprocess(
    (v) => (v === "true" ? true : v === "false" ? false : v),
    z.boolean(sayError("validation.choose", { field: fieldLabel("countSelfRatings") })),
  ),
});

/** The views whose numbers the setting changes. */
const PATHS = ["/admin/settings", "/gaps", "/staffing", "/", "/teams"];

export async function updateOrganisationSettings(raw: unknown) {
  return runAction(settingsSchema, raw, async ({ tx, actor, input }) => {
    if (!can(actor, "org.settings")) throw forbidden(text("errors.can.changeSettings"));
    // The row is created by the migration; an update of a missing row is a conflict (reload).
    const [before] = await tx.select().from(organisationSettings).where(eq(organisationSettings.id, 1)).limit(1);
    const after = await updateVersioned(tx, organisationSettings, 1, input.version, {
      countSelfRatings: input.countSelfRatings,
    });
    // who holds a slot changes in every team: the single points and slots nobody holds are recounted
    if (before?.countSelfRatings !== after.countSelfRatings) await rewriteAllGapCounts(tx);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "update",
      entity: "settings",
      entityId: 1,
      before,
      after,
    });
    return { data: { version: after.version }, revalidate: PATHS, message: text("forms.done.settingsSaved") };
  });
}
