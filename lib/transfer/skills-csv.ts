// The skill-assessments CSV (member_email or member_id, field, skill_item, self, lead, date): validates every row
// (field, an item of that field, levels 1..the field's highest) and plans the ratings it would set. Pure.
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "../itss/fields";
import { isIsoDate } from "../validation";
import { csvError, parseCsv, type RowError } from "./csv";
import type { Text } from "../i18n/text";

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

function level(cell: string, field: Field | null, column: string, err: (c: string, m: Text) => void): number | null {
  if (cell === "") return null;
  const max = field ? MAX_LEVEL[field] : 6;
  if (!/^\d+$/.test(cell) || Number(cell) < 1 || Number(cell) > max) {
    err(column, csvError("levelInvalid", { value: cell, max, field: field ?? "none" }));
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
    const err = (column: string, message: Text) => errors.push({ row, column, message });
    const before = errors.length;

    let member: MemberRef | undefined;
    const idCell = cells.member_id ?? "";
    const emailCell = (cells.member_email ?? "").toLowerCase();
    if (idCell !== "") {
      if (!/^\d+$/.test(idCell) || Number(idCell) < 1) err("member_id", csvError("memberIdInvalid", { value: idCell }));
      else if (!(member = byId.get(Number(idCell)))) err("member_id", csvError("memberIdUnknown", { id: idCell }));
      else if (emailCell !== "" && member.email !== emailCell)
        err("member_email", csvError("memberEmailMismatch", { id: idCell, email: emailCell }));
    } else if (emailCell !== "") {
      const found = byEmail.get(emailCell) ?? [];
      if (found.length === 0) err("member_email", csvError("memberEmailUnknown", { email: emailCell }));
      else if (found.length > 1)
        err("member_email", csvError("memberEmailAmbiguous", { count: found.length, email: emailCell }));
      else member = found[0];
    } else err("member_email", csvError("memberRequired"));
    if (member?.archived)
      err(idCell !== "" ? "member_id" : "member_email", csvError("memberArchived", { name: member.name }));

    const fieldCell = (cells.field ?? "").toLowerCase();
    const field = (FIELDS as readonly string[]).includes(fieldCell) ? (fieldCell as Field) : null;
    if (!field)
      err("field", fieldCell === "" ? csvError("fieldRequired") : csvError("fieldInvalid", { value: cells.field }));

    const itemCell = (cells.skill_item ?? "").toLowerCase();
    let item: SkillItem | null = null;
    if (itemCell === "") err("skill_item", csvError("skillItemRequired"));
    else if (field && !(skillItemsOf(field) as readonly string[]).includes(itemCell)) {
      err(
        "skill_item",
        csvError("skillItemInvalid", { value: cells.skill_item, field, items: skillItemsOf(field).join(", ") }),
      );
    } else if (field) item = itemCell as SkillItem;

    const self = level(cells.self ?? "", field, "self", err);
    const lead = level(cells.lead ?? "", field, "lead", err);
    // Each column obeys the same policy as the form: the self rating is the member's own, the lead rating a lead's of
    // another member (nobody gives themselves the lead's rating, an administrator included).
    if (member && !member.archived) {
      if (self !== null && !ctx.mayRate(member, "self")) err("self", csvError("selfNotYours", { name: member.name }));
      if (lead !== null && !ctx.mayRate(member, "lead")) {
        err("lead", csvError("leadNotYours", { name: member.name }));
      }
    }
    if ((cells.self ?? "") === "" && (cells.lead ?? "") === "") err("self", csvError("levelRequired"));

    const dateCell = cells.date ?? "";
    if (dateCell !== "" && !isoDate(dateCell)) err("date", csvError("dateInvalid", { value: dateCell }));
    else if (dateCell > ctx.today) err("date", csvError("dateFuture", { date: dateCell }));

    if (member && field && item) {
      const k = skillKey(member.id, field, item);
      if (seen.has(k)) err("skill_item", csvError("ratedTwice", { name: member.name, field, item, row: seen.get(k)! }));
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
      errors: [{ row: 1, column: "member_email", message: csvError("needMemberColumn") }],
      plan: [],
    };
  return validateSkillRows(parsed.table.rows, ctx);
}
