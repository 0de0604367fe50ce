"use server";
// Users and roles (admin only, policy "users.manage"): create with an initial password, edit name/role/department,
// disable and enable, reset the password. Emails are lower-cased and unique; audit rows never hold a password hash.
import { z } from "zod";
import { eq } from "drizzle-orm";
import { can } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { hashPassword } from "../auth/password";
import { revokeUserSessions } from "../auth/sessions";
import { writeAudit } from "../db/audit";
import type { Tx } from "../db/client";
import { departments, teamLeads, users } from "../db/schema";
import { updateVersioned } from "../db/versioned";
import { conflict, forbidden, invalidState, notFound, validation } from "../errors";
import { emailField, idField, nameField, optionalIdField, passwordField, roleField, versionField } from "../validation";
import { runAction } from "./run";
import { sayError, text } from "../i18n/text";

const createSchema = z.strictObject({
  email: emailField,
  name: nameField("name"),
  role: roleField,
  departmentId: optionalIdField("department"),
  password: passwordField,
});
const updateSchema = z.strictObject({
  id: idField("user"),
  version: versionField,
  name: nameField("name"),
  role: roleField,
  departmentId: optionalIdField("department"),
});
const statusSchema = z.strictObject({
  id: idField("user"),
  version: versionField,
  disabled: z.boolean(sayError("validation.disabledFlag")),
});
const passwordSchema = z.strictObject({ id: idField("user"), version: versionField, password: passwordField });

const PATHS = ["/admin/users", "/admin"];
type UserRow = typeof users.$inferSelect;
/**
 * Ends every existing session of the user: their tokens carry the old session version (lib/auth/session.ts), and
 * their sessions rows are revoked (so the user's sessions list shows none of them). Returns the version to write.
 */
async function endSessions(tx: Tx, before: UserRow) {
  await revokeUserSessions(tx, before.id);
  return { sessionVersion: before.sessionVersion + 1 };
}
/** What an audit row may hold of a user: everything but the password hash. */
const auditable = ({ passwordHash, ...rest }: UserRow) => ({ ...rest, hasPassword: passwordHash !== null });

async function loadUser(tx: Tx, actor: CurrentUser, id: number) {
  // Refused before the lookup: whether an account id exists is none of a non-administrator's business.
  if (!can(actor, "users.manage")) throw forbidden(text("errors.can.manageUsers"));
  const [row] = await tx.select().from(users).where(eq(users.id, id)).limit(1);
  if (!row) throw notFound(text("errors.things.user"));
  return row;
}

async function checkDepartment(tx: Tx, role: UserRow["role"], departmentId: number | null) {
  if (departmentId !== null) {
    const [d] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.id, departmentId))
      .limit(1);
    if (!d) throw validation({ departmentId: text("errors.action.chooseDepartment") });
  } else if (role !== "admin") {
    throw validation({ departmentId: text("errors.action.needsDepartment") });
  }
}

export async function createUser(raw: unknown) {
  return runAction(createSchema, raw, async ({ tx, actor, input }) => {
    const departmentId = input.departmentId ?? null;
    if (!can(actor, "users.manage")) throw forbidden(text("errors.can.manageUsers"));
    await checkDepartment(tx, input.role, departmentId);
    const [clash] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    if (clash) throw validation({ email: text("errors.action.emailTaken") });
    const passwordHash = await hashPassword(input.password);
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, departmentId, passwordHash })
      .returning();
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "create",
      entity: "user",
      entityId: row.id,
      after: auditable(row),
    });
    return {
      data: { id: row.id, version: row.version },
      revalidate: PATHS,
      message: text("forms.done.userCreated", { email: row.email }),
    };
  });
}

export async function updateUser(raw: unknown) {
  return runAction(updateSchema, raw, async ({ tx, actor, input }) => {
    const before = await loadUser(tx, actor, input.id);
    if (before.id === actor.userId && input.role !== before.role)
      throw validation({ role: text("errors.action.ownRole") });
    const departmentId = input.departmentId === undefined ? before.departmentId : input.departmentId;
    await checkDepartment(tx, input.role, departmentId);
    // A new role or department ends the user's sessions: they sign in again into what they may now see.
    const rescoped = input.role !== before.role || departmentId !== before.departmentId;
    const after = await updateVersioned(tx, users, before.id, input.version, {
      name: input.name,
      role: input.role,
      departmentId,
      ...(rescoped ? await endSessions(tx, before) : {}),
    });
    // Lead assignments follow the role and department: a user who is no longer a lead there leads no team there.
    if (before.role === "lead" && (input.role !== "lead" || departmentId !== before.departmentId)) {
      await tx.delete(teamLeads).where(eq(teamLeads.userId, before.id));
    }
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "update",
      entity: "user",
      entityId: before.id,
      before: auditable(before),
      after: auditable(after),
    });
    return { data: { id: after.id, version: after.version }, revalidate: PATHS, message: text("forms.done.userSaved") };
  });
}

export async function setUserDisabled(raw: unknown) {
  return runAction(statusSchema, raw, async ({ tx, actor, input }) => {
    const before = await loadUser(tx, actor, input.id);
    if (before.id === actor.userId && input.disabled) throw invalidState(text("errors.action.ownAccount"));
    if (before.version !== input.version) throw conflict();
    if (!!before.disabledAt === input.disabled)
      throw invalidState(
        text(input.disabled ? "errors.action.accountAlreadyDisabled" : "errors.action.accountAlreadyEnabled"),
      );
    const after = await updateVersioned(tx, users, before.id, input.version, {
      disabledAt: input.disabled ? new Date() : null,
      ...(await endSessions(tx, before)),
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: input.disabled ? "disable" : "enable",
      entity: "user",
      entityId: before.id,
      before: auditable(before),
      after: auditable(after),
    });
    return {
      data: { id: after.id, version: after.version },
      revalidate: PATHS,
      message: text(input.disabled ? "forms.done.accountDisabled" : "forms.done.accountEnabled"),
    };
  });
}

export async function resetUserPassword(raw: unknown) {
  return runAction(passwordSchema, raw, async ({ tx, actor, input }) => {
    const before = await loadUser(tx, actor, input.id);
    const passwordHash = await hashPassword(input.password);
    const after = await updateVersioned(tx, users, before.id, input.version, {
      passwordHash,
      ...(await endSessions(tx, before)),
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "reset_password",
      entity: "user",
      entityId: before.id,
      before: { version: before.version },
      after: { version: after.version },
    });
    return {
      data: { id: after.id, version: after.version },
      revalidate: PATHS,
      message: text("forms.done.passwordReset"),
    };
  });
}
