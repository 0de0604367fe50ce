// The skill-assessments CSV (member_email or member_id, field, skill_item, self, lead, date): validates every row
// (field, an item of that field, levels 1..the field's highest) and plans the ratings it would set. Pure.
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "../itss/fields";
import { isIsoDate } from "../validation";
import { parseCsv, type RowError } from "./csv";

export const SKILL_COLUMNS = ["member_email", "member_id", "field", "skill_item", "self", "lead", "date"] as const;

export const SKILLS_TEMPLATE =
  "member_email,member_id,field,skill_item,self,lead,date\r\n" +
  "ada@example.com,,hardware,technology,3,2,2025-04-01\r\n" +
  ",42,software,communication,,3,\r\n";

export type MemberRef = {
  id: number;
  name: string;
  email: string | null;
  teamId: number;
  departmentId: number;
  archived: boolean;
};

export type SkillsContext = {
  /** Active and archived members the actor may read, by id; emails lower-cased. */
  members: readonly MemberRef[];
  /** Whether the actor may set this rating column of this member: the form's policy, "member.skills.self" / "member.skills.lead". */
  mayRate: (member: MemberRef, rater: "self" | "lead") => boolean;
  /** Existing ratings, keyed `${memberId}:${field}:${item}`. */
  existing: ReadonlyMap<string, { id: number; selfLevel: number | null; leadLevel: number | null; version: number }>;
  today: string;
};

export type SkillPlan = {
  row: number;
  member: MemberRef;
  field: Field;
  item: SkillItem;
  self: number | null;
  lead: number | null;
  date: string;
  existing: { id: number; selfLevel: number | null; leadLevel: number | null; version: number } | null;
};

const isoDate = isIsoDate;

export const skillKey = (memberId: number, field: string, item: string) => `${memberId}:${field}:${item}`;

function level(cell: string, field: Field | null, column: string, err: (c: string, m: string) => void): number | null {
  if (cell === "") return null;
  const max = field ? MAX_LEVEL[field] : 6;
  if (!/^\d+$/.test(cell) || Number(cell) < 1 || Number(cell) > max) {
    err(
      column,
      `"${cell}" is not a level: use a whole number from 1 to ${max}${field ? ` (${field})` : ""}, or leave it empty.`,
    );
    return null;
  }
  return Number(cell);
}

export function validateSkillRows(
  rows: readonly { row: number; cells: Record<string, string> }[],
  ctx: SkillsContext,
): { errors: RowError[]; plan: SkillPlan[] } {
  const errors: RowError[] = [];
  const plan: SkillPlan[] = [];
  const byId = new Map(ctx.members.map((m) => [m.id, m]));
  const byEmail = new Map<string, MemberRef[]>();
  for (const m of ctx.members) if (m.email) byEmail.set(m.email, [...(byEmail.get(m.email) ?? []), m]);
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const err = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;

    let member: MemberRef | undefined;
    const idCell = cells.member_id ?? "";
    const emailCell = (cells.member_email ?? "").toLowerCase();
    if (idCell !== "") {
      if (!/^\d+$/.test(idCell) || Number(idCell) < 1)
        err("member_id", `"${idCell}" is not a member id (a positive whole number).`);
      else if (!(member = byId.get(Number(idCell)))) err("member_id", `No member with id ${idCell} that you may see.`);
      else if (emailCell !== "" && member.email !== emailCell)
        err("member_email", `Member ${idCell} does not have the email ${emailCell}.`);
    } else if (emailCell !== "") {
      const found = byEmail.get(emailCell) ?? [];
      if (found.length === 0) err("member_email", `No member with the email ${emailCell} that you may see.`);
      else if (found.length > 1)
        err("member_email", `${found.length} members have the email ${emailCell}; use member_id instead.`);
      else member = found[0];
    } else err("member_email", "Give member_email or member_id.");
    if (member?.archived)
      err(idCell !== "" ? "member_id" : "member_email", `${member.name} is archived; their ratings cannot change.`);

    const fieldCell = (cells.field ?? "").toLowerCase();
    const field = (FIELDS as readonly string[]).includes(fieldCell) ? (fieldCell as Field) : null;
    if (!field)
      err(
        "field",
        fieldCell === ""
          ? "Enter the field: hardware, software or facility."
          : `"${cells.field}" is not a field: use hardware, software or facility.`,
      );

    const itemCell = (cells.skill_item ?? "").toLowerCase();
    let item: SkillItem | null = null;
    if (itemCell === "") err("skill_item", "Enter the skill item.");
    else if (field && !(skillItemsOf(field) as readonly string[]).includes(itemCell)) {
      err(
        "skill_item",
        `"${cells.skill_item}" is not a skill item of ${field}: use one of ${skillItemsOf(field).join(", ")}.`,
      );
    } else if (field) item = itemCell as SkillItem;

    const self = level(cells.self ?? "", field, "self", err);
    const lead = level(cells.lead ?? "", field, "lead", err);
    // Each column obeys the same policy as the form: the self rating is the member's own, the lead rating a lead's of
    // another member (nobody gives themselves the lead's rating, an administrator included).
    if (member && !member.archived) {
      if (self !== null && !ctx.mayRate(member, "self"))
        err("self", `You may not set ${member.name}'s self-assessment: only ${member.name} may. Leave self empty.`);
      if (lead !== null && !ctx.mayRate(member, "lead")) {
        err(
          "lead",
          `You may not set the lead's rating of ${member.name}: only a lead of their team may, and never for themselves. Leave lead empty.`,
        );
      }
    }
    if ((cells.self ?? "") === "" && (cells.lead ?? "") === "")
      err("self", "Give a self level, a lead level, or both.");

    const dateCell = cells.date ?? "";
    if (dateCell !== "" && !isoDate(dateCell)) err("date", `"${dateCell}" is not a date: use YYYY-MM-DD.`);
    else if (dateCell > ctx.today) err("date", `${dateCell} is in the future.`);

    if (member && field && item) {
      const k = skillKey(member.id, field, item);
      if (seen.has(k)) err("skill_item", `${member.name}'s ${field} ${item} is already rated in row ${seen.get(k)}.`);
      else seen.set(k, row);
    }
    if (errors.length === before && member && field && item) {
      plan.push({
        row,
        member,
        field,
        item,
        self,
        lead,
        date: dateCell || ctx.today,
        existing: ctx.existing.get(skillKey(member.id, field, item)) ?? null,
      });
    }
  }
  return { errors, plan };
}

export function checkSkillsCsv(text: string, ctx: SkillsContext): { errors: RowError[]; plan: SkillPlan[] } {
  const parsed = parseCsv(text, {
    required: ["field", "skill_item", "self", "lead"],
    optional: ["member_email", "member_id", "date"],
  });
  if (!parsed.ok) return { errors: parsed.errors, plan: [] };
  const hasMemberColumn = parsed.table.header.includes("member_email") || parsed.table.header.includes("member_id");
  if (!hasMemberColumn)
    return {
      errors: [{ row: 1, column: "member_email", message: "The header needs member_email or member_id (or both)." }],
      plan: [],
    };
  return validateSkillRows(parsed.table.rows, ctx);
}
