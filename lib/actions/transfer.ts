"use server";
// CSV imports of members and skill assessments: a dry run lists every error (row, column, message) and a preview;
// the import itself writes only when every row is valid, in one transaction with audit rows and snapshots.
import { z } from "zod";
import { MAX_CSV_BYTES } from "../transfer/csv";
import type { RowError } from "../transfer/csv";
import { applyMembersImport, applySkillsImport, checkMembersImport, checkSkillsImport } from "../transfer/csv-import";
import { runAction } from "./run";

const importSchema = z.object({
  csv: z.string({ error: "Paste the CSV or choose a file." }).min(1, "Paste the CSV or choose a file.")
    .max(MAX_CSV_BYTES, `The file is larger than ${MAX_CSV_BYTES / 1000} kB; split it into smaller files.`),
  dryRun: z.boolean({ error: "expected true (check only) or false (import)" }),
}).strict();
export type ImportInput = z.input<typeof importSchema>;

export type MemberPreviewRow = { row: number; name: string; email: string | null; team: string; account: string | null };
export type SkillPreviewRow = {
  row: number; member: string; memberId: number; field: string; item: string;
  self: string; lead: string; date: string; change: "create" | "update";
};
export type ImportOutcome<P> = { errors: RowError[]; preview: P[]; applied: boolean; written: number };

const revalidated = ["/admin", "/admin/audit", "/teams", "/"];

export async function importMembersCsv(raw: unknown) {
  return runAction<typeof importSchema, ImportOutcome<MemberPreviewRow>>(importSchema, raw, async ({ tx, actor, input }) => {
    const { errors, plan } = await checkMembersImport(tx, actor, input.csv);
    const preview: MemberPreviewRow[] = plan.map((p) => ({
      row: p.row, name: p.name, email: p.email, team: `${p.team.departmentName} / ${p.team.name}`, account: p.accountRole,
    }));
    if (errors.length || input.dryRun) {
      const message = errors.length ? `${errors.length} problem${errors.length === 1 ? "" : "s"} found; nothing was imported.` : `All ${plan.length} rows are valid. Nothing has been written yet.`;
      return { data: { errors, preview, applied: false, written: 0 }, message };
    }
    const ids = await applyMembersImport(tx, actor, plan);
    return {
      data: { errors, preview, applied: true, written: ids.length },
      revalidate: [...revalidated, ...new Set(plan.map((p) => `/teams/${p.team.id}`))],
      message: `Imported ${ids.length} member${ids.length === 1 ? "" : "s"}.`,
    };
  });
}

const levelChange = (before: number | null | undefined, after: number | null) =>
  after === null ? (before ? `${before}` : "") : before && before !== after ? `${before} → ${after}` : `${after}`;

export async function importSkillsCsv(raw: unknown) {
  return runAction<typeof importSchema, ImportOutcome<SkillPreviewRow>>(importSchema, raw, async ({ tx, actor, input }) => {
    const { errors, plan } = await checkSkillsImport(tx, actor, input.csv);
    const preview: SkillPreviewRow[] = plan.map((p) => ({
      row: p.row, member: p.member.name, memberId: p.member.id, field: p.field, item: p.item,
      self: levelChange(p.existing?.selfLevel, p.self), lead: levelChange(p.existing?.leadLevel, p.lead), date: p.date,
      change: p.existing ? "update" : "create",
    }));
    if (errors.length || input.dryRun) {
      const message = errors.length ? `${errors.length} problem${errors.length === 1 ? "" : "s"} found; nothing was imported.` : `All ${plan.length} rows are valid. Nothing has been written yet.`;
      return { data: { errors, preview, applied: false, written: 0 }, message };
    }
    const memberIds = await applySkillsImport(tx, actor, plan);
    return {
      data: { errors, preview, applied: true, written: plan.length },
      revalidate: [...revalidated, ...memberIds.map((id) => `/members/${id}`)],
      message: `Imported ${plan.length} rating${plan.length === 1 ? "" : "s"} for ${memberIds.length} member${memberIds.length === 1 ? "" : "s"}.`,
    };
  });
}
