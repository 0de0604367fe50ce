// What the scope picker offers, in the reader's language: their default scope first (an administrator's
// organisation, a head's department, a lead's teams), then the departments and teams they may pick.
import type { useTranslations } from "next-intl";
import type { Actor } from "@/lib/auth/policy";
import type { ViewScope } from "@/lib/views/scope";
import type { ScopeOptions } from "@/lib/views/scope-options";
import { pickerValue } from "@/lib/search-params/scope";
import { scopeParamsOf } from "@/lib/views/scope";
import type { ScopeChoice } from "./scope-picker";

type T = ReturnType<typeof useTranslations<"gaps">>;

/** The picker's value of a scope: "" when it is the reader's default. */
export function scopeChoiceValue(actor: Actor, scope: ViewScope): string {
  if (scope.kind === "department" && actor.role === "head" && scope.departmentId === actor.departmentId) return "";
  return pickerValue(scopeParamsOf(scope));
}

export function scopeChoices(t: T, actor: Actor, scope: ViewScope, options: ScopeOptions): ScopeChoice[] {
  const own = options.departments.find((d) => d.id === actor.departmentId);
  const first =
    actor.role === "admin"
      ? t("scope.org")
      : actor.role === "head"
        ? t("scope.department", { name: own?.name ?? t("scopeName.yourDepartment") })
        : t("scope.mine");
  const out: ScopeChoice[] = [{ value: "", label: first }];
  if (actor.role === "admin")
    for (const d of options.departments)
      out.push({ value: `department:${d.id}`, label: t("scope.department", { name: d.name }) });
  for (const team of options.teams)
    out.push({
      value: `team:${team.id}`,
      label: actor.role === "admin" ? t("scope.team", { name: team.name, department: team.departmentName }) : team.name,
    });
  const current = scopeChoiceValue(actor, scope);
  if (!out.some((c) => c.value === current))
    out.push({ value: current, label: scope.kind === "team" || scope.kind === "department" ? scope.name : first });
  return out;
}
