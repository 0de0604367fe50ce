"use client";
// The import page's two CSV kinds, each with its columns for the preview table.
import { importMembersCsv, importSkillsCsv, type MemberPreviewRow, type SkillPreviewRow } from "@/lib/actions/transfer";
import { MEMBERS_TEMPLATE } from "@/lib/transfer/members-csv";
import { SKILLS_TEMPLATE } from "@/lib/transfer/skills-csv";
import { CsvImportForm } from "./csv-import-form";

export function MembersImport() {
  return (
    <CsvImportForm<MemberPreviewRow>
      kind="members"
      action={importMembersCsv}
      template={MEMBERS_TEMPLATE}
      templateName="members-template.csv"
      columns={[
        { key: "name", label: "Name" },
        { key: "email", label: "Email" },
        { key: "team", label: "Team" },
        { key: "account", label: "Account" },
      ]}
    />
  );
}

export function SkillsImport() {
  return (
    <CsvImportForm<SkillPreviewRow>
      kind="ratings"
      action={importSkillsCsv}
      template={SKILLS_TEMPLATE}
      templateName="skills-template.csv"
      columns={[
        { key: "member", label: "Member" },
        { key: "field", label: "Field" },
        { key: "item", label: "Skill item" },
        { key: "self", label: "Self" },
        { key: "lead", label: "Lead" },
        { key: "date", label: "Date" },
        { key: "change", label: "Change" },
      ]}
    />
  );
}
