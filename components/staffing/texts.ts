// The staffing page's composed sentences in the reader's language, built from the ranking's and the growth fit's
// structured results with the ICU messages of the `staffing` namespace: what a candidate meets and misses, the need,
// and what the planned project would do for their level.
import type { useTranslations } from "next-intl";
import type { Field } from "@/lib/itss/fields";
import type { Missing } from "@/lib/itss/types";
import type { Assessment, Judged } from "@/lib/staffing/rank";
import type { GrowthReason } from "@/lib/staffing/growth";
import type { StaffingNeed } from "@/lib/staffing/need";

type T = ReturnType<typeof useTranslations<"staffing">>;
type StandardT = ReturnType<typeof useTranslations<"itss">>;

/** "a, b and c" / "a、b、c" */
export function joinAnd(t: T, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return t("join.last", { rest: parts.slice(0, -1).join(t("join.separator")), last: parts[parts.length - 1] });
}

function requirement(t: T, ts: StandardT, field: Field, j: Judged): string {
  // "proficiency" keeps the field-specific item apart from the field's level ("Facility Management" is both).
  return j.kind === "level"
    ? t("match.level", { field: ts(`fields.${field}`) })
    : t("match.skill", { item: ts(`items.${j.item}`) });
}

const selfRated = (j: Judged) => (j.kind === "skill" && j.source === "self" ? "yes" : "no");

/** One sentence naming what the candidate meets and what they miss. */
export function matchText(t: T, ts: StandardT, need: StaffingNeed, a: Assessment): string {
  if (a.met.length === 0 && a.missing.length === 0) return t("match.none");
  const met = joinAnd(
    t,
    a.met.map((j) =>
      t("match.met", {
        requirement: requirement(t, ts, need.field, j),
        have: j.have ?? 0,
        need: j.need,
        self: selfRated(j),
      }),
    ),
  );
  if (a.match === "qualified") return t("match.qualified", { count: a.met.length, met });
  const miss = a.missing[0];
  const values = {
    requirement: requirement(t, ts, need.field, miss),
    have: miss.have ?? 0,
    need: miss.need,
    self: selfRated(miss),
  };
  // A rating that does not count is not "one level short": it is self-rated, not confirmed.
  const unconfirmed = miss.kind === "skill" && !miss.counts && miss.have !== null && miss.have >= miss.need;
  if (a.met.length === 0) return t(unconfirmed ? "match.unconfirmedOnly" : "match.closeOnly", values);
  return t("match.close", { met, missing: t(unconfirmed ? "match.unconfirmed" : "match.missing", values) });
}

/** "Hardware level 3 or higher, Hardware Technology proficiency 3+" */
export function needText(t: T, ts: StandardT, need: StaffingNeed): string {
  const field = ts(`fields.${need.field}`);
  const parts = [
    need.minLevel === null ? t("need.anyLevel", { field }) : t("need.level", { field, level: need.minLevel }),
  ];
  for (const s of need.skills) parts.push(t("need.skill", { item: ts(`items.${s.item}`), level: s.minLevel }));
  return parts.join(t("join.separator"));
}

/** Short phrase for what a level still needs (the long form is the evaluation namespace's `missing`). */
export function shortMissingText(t: T, m: Missing): string {
  switch (m.code) {
    case "projects":
      return t("growth.short.projects", { more: m.need - m.have, minLevel: m.minLevel });
    case "key_project":
      return t("growth.short.key_project", { level: m.level });
    case "specialty":
      return t("growth.short.specialty", { level: m.level });
    case "succession":
      return t("growth.short.succession", { more: m.need - m.have, have: m.have, need: m.need });
    case "develops_subordinates":
      return t("growth.short.develops_subordinates");
  }
}

/** What the planned project would do for the candidate's level, as one sentence. */
export function growthText(t: T, ts: StandardT, r: GrowthReason): string {
  const still = (missing: readonly Missing[]) =>
    missing.length ? missing.map((m) => shortMissingText(t, m)).join(t("join.separator")) : "none";
  switch (r.code) {
    case "no_level":
      return t("growth.no_level");
    case "completes":
      return t("growth.completes", { level: r.level, exam: r.examLevel === null ? "none" : String(r.examLevel) });
    case "highest":
      return t("growth.highest", { field: ts(`fields.${r.field}`), max: r.max });
    case "progress": {
      const projects = r.projects
        ? r.projects.need === 1
          ? t("growth.projectOne", { level: r.level })
          : t("growth.projectNth", { have: r.projects.have, need: r.projects.need, level: r.level })
        : null;
      const what =
        projects === null
          ? t("growth.keyOnly", { level: r.level })
          : r.keyProject
            ? t("growth.withKey", { projects })
            : projects;
      return t("growth.progress", { what, level: r.level, still: still(r.stillNeeds) });
    }
    case "does_not_count":
      return t("growth.does_not_count", { projectLevel: r.projectLevel, level: r.level, minLevel: r.minLevel });
    case "has_projects":
      return t("growth.has_projects", { level: r.level, still: still(r.stillNeeds) });
  }
}
