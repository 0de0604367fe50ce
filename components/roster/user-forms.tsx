"use client";
// User account forms (admin): create, edit name/role/department, reset password.
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { createUser, resetUserPassword, updateUser } from "@/lib/actions/users";

const ROLE_OPTIONS = [
  { value: "member", label: "Team member" },
  { value: "lead", label: "Team lead" },
  { value: "head", label: "Department head" },
  { value: "admin", label: "Administrator" },
];
type Dept = { id: number; name: string };
const deptOptions = (ds: Dept[]) => [
  { value: "", label: "No department (administrators only)" },
  ...ds.map((d) => ({ value: String(d.id), label: d.name })),
];

export function CreateUserForm({ departments }: { departments: Dept[] }) {
  return (
    <ActionForm action={createUser} submitLabel="Create user" redirectTo="/admin/users/{id}" className="max-w-xl">
      <TextField name="email" label="Email" type="email" required autoComplete="off" maxLength={254} />
      <TextField name="name" label="Name" required autoComplete="off" />
      <SelectField name="role" label="Role" options={ROLE_OPTIONS} defaultValue="member" />
      <SelectField
        name="departmentId"
        label="Department"
        options={deptOptions(departments)}
        defaultValue={departments[0]?.id}
      />
      <TextField
        name="password"
        label="Initial password"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 12 characters. Hand it over in person."
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
  return (
    <ActionForm action={updateUser} hidden={{ id: user.id, version: user.version }} submitLabel="Save user">
      <TextField name="name" label="Name" required defaultValue={user.name} />
      <SelectField
        name="role"
        label="Role"
        options={ROLE_OPTIONS}
        defaultValue={user.role}
        hint="A lead who stops being a lead (or changes department) no longer leads their teams."
      />
      <SelectField
        name="departmentId"
        label="Department"
        options={deptOptions(departments)}
        defaultValue={user.departmentId}
      />
    </ActionForm>
  );
}

export function ResetPasswordForm({ user }: { user: { id: number; version: number } }) {
  return (
    <ActionForm
      action={resetUserPassword}
      hidden={{ id: user.id, version: user.version }}
      submitLabel="Reset password"
      variant="secondary"
      resetOnSuccess
    >
      <TextField
        name="password"
        label="New password"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 12 characters."
      />
    </ActionForm>
  );
}
