// The skill chart's rows for one field: the 7 items in the standard's order with the member's self and lead
// ratings (null = not rated) and the team's target (null = none). Pure.
import type { SkillTarget } from "@/lib/db/queries/records";
import { skillItemsOf, type Field } from "@/lib/itss/fields";
import { skillItem } from "@/lib/itss/catalog";

export type SkillChartRow = {
  item: string;
  label: string;
  self: number | null;
  lead: number | null;
  target: number | null;
};
type Rating = { field: Field; item: string; selfLevel: number | null; leadLevel: number | null };

export function skillChartRows(
  field: Field,
  assessments: readonly Rating[],
  targets: readonly SkillTarget[],
): SkillChartRow[] {
  const rated = new Map(assessments.filter((a) => a.field === field).map((a) => [a.item, a]));
  const target = new Map(targets.filter((t) => t.field === field).map((t) => [t.item, t.minLevel]));
  return skillItemsOf(field).map((item) => ({
    item,
    label: skillItem(field, item).name,
    self: rated.get(item)?.selfLevel ?? null,
    lead: rated.get(item)?.leadLevel ?? null,
    target: target.get(item) ?? null,
  }));
}
