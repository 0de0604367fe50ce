"use server";
// CSV imports of members and skill assessments: a dry run lists every error (row, column, message) and a preview;
// the import itself writes only when every row is valid, in one transaction with audit rows and snapshots.
import { z } from "zod";
import { MAX_CSV_BYTES } from "../transfer/csv";
import { showRowErrors as shown, type ShownRowError } from "../transfer/csv";
import { applyMembersImport, applySkillsImport, checkMembersImport, checkSkillsImport } from "../transfer/csv-import";
import { isNewTeam, teamLabel } from "../transfer/members-csv";
import { FIELD_LABEL } from "../itss/fields";
import { runAction } from "./run";
import { sayError, text, translate } from "../i18n/text";

const importSchema = z
  .object({
    csv: z
      .string(sayError("forms.csv.required"))
      .min(1, sayError("forms.csv.required"))
      .max(MAX_CSV_BYTES, sayError("forms.csv.tooLargeServer", { limit: MAX_CSV_BYTES / 1000 })),
    dryRun: z.boolean(sayError("forms.csv.dryRun")),
  })
  .strict();
export type ImportInput = z.input<typeof importSchema>;

export type MemberPreviewRow = {
  row: number;
  name: string;
  email: string | null;
  team: string;
  account: string | null;
};
export type SkillPreviewRow = {
  row: number;
  member: string;
  memberId: number;
  field: string;
  item: string;
  self: string;
  lead: string;
  date: string;
  change: "create" | "update";
};
/** A department or team an import creates with its rows (members CSV, administrators only). */
export type ImportCreation = { kind: "department" | "team"; name: string; detail: string | null };
export type ImportOutcome<P> = {
  errors: ShownRowError[];
  preview: P[];
  applied: boolean;
  written: number;
  creates?: ImportCreation[];
};

const revalidated = ["/admin", "/admin/audit", "/teams", "/"];

export async function importMembersCsv(raw: unknown) {
  return runAction<typeof importSchema, ImportOutcome<MemberPreviewRow>>(
    importSchema,
    raw,
    async ({ tx, actor, input, locale }) => {
      const check = await checkMembersImport(tx, actor, input.csv);
      const { plan, newDepartments, newTeams } = check;
      const errors = shown(locale, check.errors);
      const preview: MemberPreviewRow[] = plan.map((p) => ({
        row: p.row,
        name: p.name,
        email: p.email,
        team: isNewTeam(p.team)
          ? translate(locale, text("transfer.preview.newTeam", { team: teamLabel(p.team) }))
          : teamLabel(p.team),
        account: p.accountRole,
      }));
      const creates: ImportCreation[] = [
        ...newDepartments.map((d) => ({ kind: "department" as const, name: d.name, detail: null })),
        ...newTeams.map((t) => ({
          kind: "team" as const,
          name: teamLabel(t),
          detail: t.field ? FIELD_LABEL[t.field] : translate(locale, text("transfer.preview.mixedTeam")),
        })),
      ];
      const structure = text("forms.done.structure", {
        departments: newDepartments.length,
        teams: newTeams.length,
      });
      const hasStructure = newDepartments.length + newTeams.length > 0 ? "yes" : "no";
      if (errors.length || input.dryRun) {
        const message = errors.length
          ? text("forms.done.problems", { count: errors.length })
          : text("forms.done.membersValid", { rows: plan.length, hasStructure, structure });
        return { data: { errors, preview, applied: false, written: 0, creates }, message };
      }
      const ids = await applyMembersImport(tx, actor, check);
      return {
        data: { errors, preview, applied: true, written: ids.length, creates },
        revalidate: [
          ...revalidated,
          ...(hasStructure === "yes" ? ["/admin/departments"] : []),
          ...new Set(plan.flatMap((p) => (isNewTeam(p.team) ? [] : [`/teams/${p.team.id}`]))),
        ],
        message: text("forms.done.membersImported", { count: ids.length, hasStructure, structure }),
      };
    },
  );
}

const levelChange = (before: number | null | undefined, after: number | null) =>
  after === null ? (before ? `${before}` : "") : before && before !== after ? `${before} → ${after}` : `${after}`;

export async function importSkillsCsv(raw: unknown) {
  return runAction<typeof importSchema, ImportOutcome<SkillPreviewRow>>(
    importSchema,
    raw,
    async ({ tx, actor, input, locale }) => {
      const check = await checkSkillsImport(tx, actor, input.csv);
      const { plan } = check;
      const errors = shown(locale, check.errors);
      const preview: SkillPreviewRow[] = plan.map((p) => ({
        row: p.row,
        member: p.member.name,
        memberId: p.member.id,
        field: p.field,
        item: p.item,
        self: levelChange(p.existing?.selfLevel, p.self),
        lead: levelChange(p.existing?.leadLevel, p.lead),
        date: p.date,
        change: p.existing ? "update" : "create",
      }));
      if (errors.length || input.dryRun) {
        const message = errors.length
          ? text("forms.done.problems", { count: errors.length })
          : text("forms.done.skillsValid", { rows: plan.length });
        return { data: { errors, preview, applied: false, written: 0 }, message };
      }
      const memberIds = await applySkillsImport(tx, actor, plan);
      return {
        data: { errors, preview, applied: true, written: plan.length },
        revalidate: [...revalidated, ...memberIds.map((id) => `/members/${id}`)],
        message: text("forms.done.skillsImported", { ratings: plan.length, members: memberIds.length }),
      };
    },
  );
}
