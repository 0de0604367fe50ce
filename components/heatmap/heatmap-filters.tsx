// The heatmap's controls as a plain GET form (works without JavaScript): field, scope, the grid's filters, the
// summary's threshold N, grouping and page size. The current sort travels in hidden fields.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FIELDS, MAX_LEVEL, type Field } from "@/lib/itss/fields";
import { HEATMAP_PAGE_SIZES, type HeatmapParams } from "@/lib/search-params/heatmap";
import { ScopePicker, type ScopeChoice } from "@/components/views/scope-picker";
import type { ScopeTeam } from "@/lib/db/queries/heatmap";

const input =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";
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
        <select name="field" defaultValue={p.field} className={input}>
          {FIELDS.map((f) => (
            <option key={f} value={f}>
              {fieldNames[f]}
            </option>
          ))}
        </select>
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
          <input
            type="search"
            name="teamq"
            defaultValue={p.teamq}
            maxLength={100}
            placeholder={t("teamCount", { count: teams.length })}
            className={input}
          />
        </label>
      ) : (
        <label className={label}>
          {t("team")}
          <select name="team" defaultValue={p.team ?? ""} className={input} disabled={!teams.length}>
            <option value="">{t("allTeams")}</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className={label}>
        {t("levelAtLeast")}
        <select name="minLevel" defaultValue={p.minLevel} className={input}>
          <option value={0}>{t("anyLevel")}</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("skillItem")}
        <select name="item" defaultValue={p.item ?? ""} className={input}>
          <option value="">{t("anyItem")}</option>
          {items.map((i) => (
            <option key={i.key} value={i.key}>
              {i.name}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("itemAtLeast")}
        <select name="itemMin" defaultValue={p.itemMin} className={input}>
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("summaryN")}
        <select name="n" defaultValue={p.n} className={input}>
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("rowsPerPage")}
        <select name="size" defaultValue={p.size} className={input}>
          {HEATMAP_PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700 lg:col-span-2">
        <input type="checkbox" name="group" value="0" defaultChecked={!p.group} />
        {t("ungrouped")}
      </label>
      {p.sort !== "team" || p.dir !== "asc" ? (
        <>
          <input type="hidden" name="sort" value={p.sort} />
          <input type="hidden" name="dir" value={p.dir} />
        </>
      ) : null}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4 xl:col-span-6">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("apply")}
        </button>
        {filtered ? (
          <Link href={resetHref} className="rounded-md px-3 py-1.5 text-sm text-brand-700 hover:underline">
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
