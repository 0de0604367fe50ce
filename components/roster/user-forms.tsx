"use client";
// User account forms (admin): create, edit name/role/department, reset password.
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { useTranslations } from "next-intl";
import { EMAIL_MAX } from "@/lib/validation";
import { createUser, resetUserPassword, updateUser } from "@/lib/actions/users";

const ROLES = ["member", "lead", "head", "admin"] as const;
type Dept = { id: number; name: string };

function useOptions(departments: Dept[]) {
  const t = useTranslations("forms.user");
  return {
    t,
    roles: ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
    departments: [
      { value: "", label: t("noDepartment") },
      ...departments.map((d) => ({ value: String(d.id), label: d.name })),
    ],
  };
}

export function CreateUserForm({ departments }: { departments: Dept[] }) {
  const o = useOptions(departments);
  const t = o.t;
  return (
    <ActionForm action={createUser} submitLabel={t("create")} redirectTo="/admin/users/{id}" className="max-w-xl">
      <TextField name="email" label={t("email")} type="email" required autoComplete="off" maxLength={EMAIL_MAX} />
      <TextField name="name" label={t("name")} required autoComplete="off" />
      <SelectField name="role" label={t("roleLabel")} options={o.roles} defaultValue="member" />
      <SelectField
        name="departmentId"
        label={t("department")}
        options={o.departments}
        defaultValue={departments[0]?.id}
      />
      <TextField
        name="password"
        label={t("initialPassword")}
        type="password"
        required
        autoComplete="new-password"
        hint={t("initialHint")}
      />
    </ActionForm>
  );
}

export function EditUserForm({
  user,
  departments,
}: {
  user: { id: number; version: number; name: string; role: string; departmentId: number | null };
  departments: Dept[];
}) {
  const o = useOptions(departments);
  const t = o.t;
  return (
    <ActionForm action={updateUser} hidden={{ id: user.id, version: user.version }} submitLabel={t("save")}>
      <TextField name="name" label={t("name")} required defaultValue={user.name} />
      <SelectField name="role" label={t("roleLabel")} options={o.roles} defaultValue={user.role} hint={t("roleHint")} />
      <SelectField
        name="departmentId"
        label={t("department")}
        options={o.departments}
        defaultValue={user.departmentId}
      />
    </ActionForm>
  );
}

export function ResetPasswordForm({ user }: { user: { id: number; version: number } }) {
  const t = useTranslations("forms.user");
  return (
    <ActionForm
      action={resetUserPassword}
      hidden={{ id: user.id, version: user.version }}
      submitLabel={t("resetPassword")}
      variant="secondary"
      resetOnSuccess
    >
      <TextField
        name="password"
        label={t("newPassword")}
        type="password"
        required
        autoComplete="new-password"
        hint={t("passwordHint")}
      />
    </ActionForm>
  );
}
