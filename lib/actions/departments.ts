"use server";
// Departments: create (admin) and rename (admin, or the head of that department), per policy "department.manage".
import { z } from "zod";
import { eq } from "drizzle-orm";
import { can } from "../auth/policy";
import { writeAudit } from "../db/audit";
import { departments } from "../db/schema";
import { updateVersioned } from "../db/versioned";
import { forbidden, notFound, validation } from "../errors";
import type { Tx } from "../db/client";
import { idField, nameField, versionField } from "../validation";
import { runAction } from "./run";
import { text } from "../i18n/text";

const createSchema = z.strictObject({ name: nameField("departmentName") });
const renameSchema = z.strictObject({
  id: idField("department"),
  version: versionField,
  name: nameField("departmentName"),
});

const PATHS = ["/admin/departments", "/teams", "/admin"];

async function assertNameFree(tx: Tx, name: string, exceptId?: number) {
  const [clash] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.name, name)).limit(1);
  if (clash && clash.id !== exceptId) throw validation({ name: text("errors.action.departmentNameTaken") });
}

export async function createDepartment(raw: unknown) {
  return runAction(createSchema, raw, async ({ tx, actor, input }) => {
    // A new department belongs to no one yet: only who may manage any department (an admin) passes.
    if (!can(actor, "departments.create")) throw forbidden(text("errors.can.createDepartments"));
    await assertNameFree(tx, input.name);
    const [row] = await tx.insert(departments).values({ name: input.name }).returning();
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "create",
      entity: "department",
      entityId: row.id,
      after: row,
    });
    return {
      data: { id: row.id, version: row.version },
      revalidate: PATHS,
      message: text("forms.done.departmentCreated", { name: row.name }),
    };
  });
}

export async function renameDepartment(raw: unknown) {
  return runAction(renameSchema, raw, async ({ tx, actor, input }) => {
    const [before] = await tx.select().from(departments).where(eq(departments.id, input.id)).limit(1);
    if (!before || !can(actor, "department.read", { departmentId: before.id }))
      throw notFound(text("errors.things.department"));
    if (!can(actor, "department.manage", { departmentId: before.id }))
      throw forbidden(text("errors.can.renameDepartment"));
    await assertNameFree(tx, input.name, before.id);
    const after = await updateVersioned(tx, departments, before.id, input.version, { name: input.name });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "update",
      entity: "department",
      entityId: before.id,
      before,
      after,
    });
    return {
      data: { id: after.id, version: after.version },
      revalidate: PATHS,
      message: text("forms.done.departmentRenamed"),
    };
  });
}
