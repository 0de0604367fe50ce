// The heatmap's controls as a plain GET form (works without JavaScript): field, scope, the grid's filters, the
// summary's threshold N, grouping and page size. The current sort travels in hidden fields.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FIELDS, MAX_LEVEL, type Field } from "@/lib/itss/fields";
import { HEATMAP_PAGE_SIZES, type HeatmapParams } from "@/lib/search-params/heatmap";
import { ScopePicker, type ScopeChoice } from "@/components/views/scope-picker";
import type { ScopeTeam } from "@/lib/db/queries/heatmap";
import { Button, buttonClass } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

const label = "text-sm font-medium text-slate-700";
/** Up to this many teams the Team filter is a list; beyond, a name search (a list of 1,000 teams helps nobody and weighs 150 kB). */
export const TEAM_LIST_MAX = 100;

type Props = {
  p: HeatmapParams;
  /** The scope picker's choices (components/views/scope-choices.ts) and the current one. */
  scopes: ScopeChoice[];
  scopeValue: string;
  /** Teams of the current scope (the team filter); none when the scope is one team. */
  teams: ScopeTeam[];
  items: { key: string; name: string }[];
  fieldNames: Record<Field, string>;
  filtered: boolean;
  resetHref: string;
};

export function HeatmapFilters({ p, scopes, scopeValue, teams, items, fieldNames, filtered, resetHref }: Props) {
  const t = useTranslations("heatmap.filters");
  const levels = Array.from({ length: MAX_LEVEL[p.field] }, (_, i) => i + 1);
  return (
    <form
      method="get"
      action="/heatmap"
      aria-label={t("label")}
      className="mb-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-8"
    >
      <label className={label}>
        {t("field")}
        <Select name="field" defaultValue={p.field} className="mt-1">
          {FIELDS.map((f) => (
            <option key={f} value={f}>
              {fieldNames[f]}
            </option>
          ))}
        </Select>
      </label>
      <ScopePicker
        id="heatmap-scope"
        label={t("scope")}
        className="lg:col-span-2"
        choices={scopes}
        value={scopeValue}
      />
      {teams.length > TEAM_LIST_MAX ? (
        <label className={label}>
          {t("teamContains")}
          <Input
            type="search"
            name="teamq"
            defaultValue={p.teamq}
            maxLength={100}
            placeholder={t("teamCount", { count: teams.length })}
            className="mt-1"
          />
        </label>
      ) : (
        <label className={label}>
          {t("team")}
          <Select name="team" defaultValue={p.team ?? ""} className="mt-1" disabled={!teams.length}>
            <option value="">{t("allTeams")}</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </Select>
        </label>
      )}
      <label className={label}>
        {t("levelAtLeast")}
        <Select name="minLevel" defaultValue={p.minLevel} className="mt-1">
          <option value={0}>{t("anyLevel")}</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        {t("skillItem")}
        <Select name="item" defaultValue={p.item ?? ""} className="mt-1">
          <option value="">{t("anyItem")}</option>
          {items.map((i) => (
            <option key={i.key} value={i.key}>
              {i.name}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        {t("itemAtLeast")}
        <Select name="itemMin" defaultValue={p.itemMin} className="mt-1">
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        {t("summaryN")}
        <Select name="n" defaultValue={p.n} className="mt-1">
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </Select>
      </label>
      <label className={label}>
        {t("rowsPerPage")}
        <Select name="size" defaultValue={p.size} className="mt-1">
          {HEATMAP_PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700 lg:col-span-2">
        <Checkbox name="group" value="0" defaultChecked={!p.group} />
        {t("ungrouped")}
      </label>
      <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700 lg:col-span-2">
        <Checkbox name="teams" value="all" defaultChecked={p.teams === "all"} />
        {t("allTeams")}
      </label>
      {p.sort !== "team" || p.dir !== "asc" ? (
        <>
          <input type="hidden" name="sort" value={p.sort} />
          <input type="hidden" name="dir" value={p.dir} />
        </>
      ) : null}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4 xl:col-span-6">
        <Button type="submit">{t("apply")}</Button>
        {filtered ? (
          <Link href={resetHref} className={buttonClass({ variant: "ghost" })}>
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
