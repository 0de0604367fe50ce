"use client";
// The import page's two CSV kinds, each with its columns for the preview table.
import { useTranslations } from "next-intl";
import { importMembersCsv, importSkillsCsv, type MemberPreviewRow, type SkillPreviewRow } from "@/lib/actions/transfer";
import { MEMBERS_TEMPLATE } from "@/lib/transfer/members-csv";
import { SKILLS_TEMPLATE } from "@/lib/transfer/skills-csv";
import { CsvImportForm } from "./csv-import-form";

export function MembersImport() {
  const t = useTranslations("transfer.columns.members");
  return (
    <CsvImportForm<MemberPreviewRow>
      kind="members"
      action={importMembersCsv}
      template={MEMBERS_TEMPLATE}
      templateName="members-template.csv"
      columns={[
        { key: "name", label: t("name") },
        { key: "email", label: t("email") },
        { key: "team", label: t("team") },
        { key: "account", label: t("account") },
      ]}
    />
  );
}

export function SkillsImport() {
  const t = useTranslations("transfer.columns.skills");
  return (
    <CsvImportForm<SkillPreviewRow>
      kind="ratings"
      action={importSkillsCsv}
      template={SKILLS_TEMPLATE}
      templateName="skills-template.csv"
      columns={[
        { key: "member", label: t("member") },
        { key: "field", label: t("field") },
        { key: "item", label: t("item") },
        { key: "self", label: t("self") },
        { key: "lead", label: t("lead") },
        { key: "date", label: t("date") },
        { key: "change", label: t("change") },
      ]}
    />
  );
}
