// Which teams a gap view covers: a plain GET form (works without JavaScript) whose one select names the scope as
// `view=team:12` / `department:3` / `mine` / `org`; the page turns it into the view scope's params.
import { useTranslations } from "next-intl";
import type { Actor } from "@/lib/auth/policy";
import type { ViewScope } from "@/lib/views/scope";
import type { ScopeParams } from "@/lib/views/scope";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";

export type ScopeOptions = {
  teams: { id: number; name: string; departmentId: number; departmentName: string }[];
  departments: { id: number; name: string }[];
};

/** `view=…` from the picker, else the usual teamId / departmentId / scope params. */
export function scopeParamsOf(sp: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const first = (k: string) => (Array.isArray(sp[k]) ? sp[k][0] : sp[k]) as string | undefined;
  const view = first("view");
  if (view) {
    const [kind, id] = view.split(":");
    if (kind === "team") return { teamId: id };
    if (kind === "department") return { departmentId: id };
    if (kind === "mine") return { scope: "mine" };
    return {};
  }
  return { teamId: first("teamId"), departmentId: first("departmentId"), scope: first("scope") };
}

export function viewValue(scope: ViewScope): string {
  switch (scope.kind) {
    case "org":
      return "org";
    case "department":
      return `department:${scope.departmentId}`;
    case "team":
      return `team:${scope.teamId}`;
    case "mine":
      return "mine";
  }
}

export function ScopePicker({
  actor,
  scope,
  options,
  action,
  keep = {},
  label,
}: {
  actor: Actor;
  scope: ViewScope;
  options: ScopeOptions;
  action: string;
  keep?: Record<string, string>;
  label?: string;
}) {
  const t = useTranslations("gaps.scope");
  const departments =
    actor.role === "admin"
      ? options.departments
      : options.departments.filter((d) => d.id === actor.departmentId && actor.role === "head");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="text-sm">
        <label htmlFor="scope-view" className="mb-1 block font-medium text-slate-700">
          {label ?? t("show")}
        </label>
        <Select id="scope-view" name="view" defaultValue={viewValue(scope)} inline className="w-72">
          {actor.role === "admin" ? <option value="org">{t("org")}</option> : null}
          {actor.role === "lead" ? <option value="mine">{t("mine")}</option> : null}
          {departments.map((d) => (
            <option key={`d${d.id}`} value={`department:${d.id}`}>
              {t("department", { name: d.name })}
            </option>
          ))}
          {options.teams.map((team) => (
            <option key={`t${team.id}`} value={`team:${team.id}`}>
              {actor.role === "admin" ? t("team", { name: team.name, department: team.departmentName }) : team.name}
            </option>
          ))}
        </Select>
        {actor.role === "admin" && !options.teams.length ? (
          <p className="mt-1 text-xs text-slate-600">{t("teamsAfterDepartment")}</p>
        ) : null}
      </div>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}

export type { ScopeParams };
