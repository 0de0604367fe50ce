"use client";
// The member's details (create and edit share it): name, email, job title, linked user account.
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { useTranslations } from "next-intl";
import { EMAIL_MAX } from "@/lib/validation";
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
  const t = useTranslations("forms.member");
  const accountOptions = [
    { value: "", label: t("noAccount") },
    ...accounts.map((a) => ({ value: String(a.id), label: `${a.name} <${a.email}>` })),
  ];
  return (
    <ActionForm
      action={member ? updateMember : createMember}
      hidden={member ? { id: member.id, version: member.version } : { teamId }}
      submitLabel={member ? t("save") : t("add")}
      redirectTo={member ? undefined : `/teams/${teamId}?q={name}`}
      className="max-w-xl"
    >
      <TextField name="name" label={t("name")} required defaultValue={member?.name} autoComplete="off" />
      <TextField
        name="email"
        label={t("email")}
        type="email"
        defaultValue={member?.email}
        hint={t("optional")}
        autoComplete="off"
        maxLength={EMAIL_MAX}
      />
      <TextField name="jobTitle" label={t("jobTitle")} defaultValue={member?.jobTitle} hint={t("optional")} />
      <SelectField
        name="userId"
        label={t("account")}
        options={accountOptions}
        defaultValue={member?.userId}
        hint={t("accountHint")}
      />
    </ActionForm>
  );
}
