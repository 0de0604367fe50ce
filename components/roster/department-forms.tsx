"use client";
// Department forms: create and rename.
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { useTranslations } from "next-intl";
import { createDepartment, renameDepartment } from "@/lib/actions/departments";

export function CreateDepartmentForm() {
  const t = useTranslations("forms.department");
  return (
    <ActionForm action={createDepartment} submitLabel={t("create")} resetOnSuccess className="max-w-md">
      <TextField name="name" label={t("name")} required />
    </ActionForm>
  );
}

export function RenameDepartmentForm({ department }: { department: { id: number; version: number; name: string } }) {
  const t = useTranslations("forms.department");
  return (
    <ActionForm
      action={renameDepartment}
      hidden={{ id: department.id, version: department.version }}
      submitLabel={t("rename")}
      variant="secondary"
      className="max-w-md"
    >
      <TextField name="name" label={t("newName", { name: department.name })} required defaultValue={department.name} />
    </ActionForm>
  );
}
