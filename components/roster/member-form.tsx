"use client";
// The member's details (create and edit share it): name, email, job title, linked user account.
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { createMember, updateMember } from "@/lib/actions/members";

type Account = { id: number; name: string; email: string };
type Member = {
  id: number;
  version: number;
  name: string;
  email: string | null;
  jobTitle: string | null;
  userId: number | null;
};

export function MemberForm({ teamId, accounts, member }: { teamId: number; accounts: Account[]; member?: Member }) {
  const accountOptions = [
    { value: "", label: "No account (records kept by the lead)" },
    ...accounts.map((a) => ({ value: String(a.id), label: `${a.name} <${a.email}>` })),
  ];
  return (
    <ActionForm
      action={member ? updateMember : createMember}
      hidden={member ? { id: member.id, version: member.version } : { teamId }}
      submitLabel={member ? "Save member" : "Add member"}
      redirectTo={member ? undefined : `/teams/${teamId}?q={name}`}
      className="max-w-xl"
    >
      <TextField name="name" label="Name" required defaultValue={member?.name} autoComplete="off" />
      <TextField
        name="email"
        label="Email"
        type="email"
        defaultValue={member?.email}
        hint="Optional."
        autoComplete="off"
        maxLength={254}
      />
      <TextField name="jobTitle" label="Job title" defaultValue={member?.jobTitle} hint="Optional." />
      <SelectField
        name="userId"
        label="User account"
        options={accountOptions}
        defaultValue={member?.userId}
        hint="Link an account when the member signs in to keep their own record."
      />
    </ActionForm>
  );
}
