"use client";
// Department forms: create and rename.
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { createDepartment, renameDepartment } from "@/lib/actions/departments";

export function CreateDepartmentForm() {
  return (
    <ActionForm action={createDepartment} submitLabel="Create department" resetOnSuccess className="max-w-md">
      <TextField name="name" label="Department name" required />
    </ActionForm>
  );
}

export function RenameDepartmentForm({ department }: { department: { id: number; version: number; name: string } }) {
  return (
    <ActionForm
      action={renameDepartment}
      hidden={{ id: department.id, version: department.version }}
      submitLabel="Rename"
      variant="secondary"
      className="max-w-md"
    >
      <TextField name="name" label={`New name for ${department.name}`} required defaultValue={department.name} />
    </ActionForm>
  );
}
