// A gap list as CSV: exactly the rows of its paged view for the same URL (/gaps/lists?list=…: scope, filters, sort),
// every page, read in pages inside one snapshot and streamed. English headers and names, as the other exports.
import { createTranslator } from "next-intl";
import type { Db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { canOpenSection } from "@/lib/auth/policy";
import { gapListPage, type GapListRows } from "@/lib/db/queries/gaps";
import { gapListExportParams, type GapListKey } from "@/lib/search-params/gaps";
import { resolveScope, scopeLabel } from "@/lib/views/scope";
import { gapListQuery } from "@/lib/views/gaps";
import { FIELD_LABEL, type Field, type SkillItem } from "@/lib/itss/fields";
import { skillItem } from "@/lib/itss/catalog";
import { MESSAGES } from "@/lib/i18n/messages";
import type { CsvCell } from "@/lib/transfer/csv";
import { jsonError } from "@/lib/http/route";
import { missingText } from "@/components/evaluation/sentences";
import { csvDownload, inSnapshot, pagesOf } from "./csv";
import { gapsXlsx } from "./gaps-xlsx";
import type { Locale } from "@/lib/i18n/locales";

const itss = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "itss" });
const slotName = (field: Field, item: SkillItem | null) =>
  item === null ? `${FIELD_LABEL[field]} level` : skillItem(field, item).name;

type Columns<K extends GapListKey> = { header: string[]; cells: (r: GapListRows[K]) => CsvCell[] };

const COLUMNS: { [K in GapListKey]: Columns<K> } = {
  singles: {
    header: ["Team", "Field", "Skill or level", "At level", "Only holder", "Member id", "Self-rated, not confirmed"],
    cells: (p) => [
      p.teamName,
      FIELD_LABEL[p.field],
      slotName(p.field, p.item),
      p.minLevel,
      p.memberName ?? "",
      p.memberId ?? "",
      p.selfOnly,
    ],
  },
  nobody: {
    header: ["Team", "Field", "Skill or level", "At level", "Self-rated, not confirmed"],
    cells: (p) => [p.teamName, FIELD_LABEL[p.field], slotName(p.field, p.item), p.minLevel, p.selfOnly],
  },
  oneStep: {
    header: ["Member", "Member id", "Team", "Field", "Level", "Next level", "The one step left"],
    cells: (r) => [
      r.name,
      r.memberId,
      r.teamName,
      FIELD_LABEL[r.field],
      r.level,
      r.nextLevel,
      missingText(itss as never, r.missing),
    ],
  },
  certifications: {
    header: ["Member", "Member id", "Team", "Certification", "Expires", "Days left"],
    cells: (c) => [c.name, c.memberId, c.teamName, c.certification, c.expiresOn, c.days],
  },
  apart: {
    header: ["Member", "Member id", "Team", "Field", "Skill item", "Self", "Lead"],
    cells: (r) => [
      r.name,
      r.memberId,
      r.teamName,
      FIELD_LABEL[r.field],
      skillItem(r.field, r.item).name,
      r.selfLevel,
      r.leadLevel,
    ],
  },
  stale: {
    header: ["Member", "Member id", "Team", "Items", "Oldest rating"],
    cells: (r) => [r.name, r.memberId, r.teamName, r.items, r.oldest],
  },
};

/** One list as CSV, or with `format=xlsx` every list of the scope as one workbook (gaps-xlsx.ts). */
export async function gapsCsv(db: Db, actor: CurrentUser, url: string, locale: Locale = "en"): Promise<Response> {
  if (!canOpenSection(actor, "gaps")) return jsonError(403, "You may not see the gap dashboard.");
  const p = gapListExportParams(url);
  if (typeof p === "string") return Response.redirect(p, 308);
  const resolved = await resolveScope(db, actor, p);
  if (!resolved.ok) return jsonError(404, resolved.message);
  const { scope } = resolved;
  if (p.format === "xlsx") return gapsXlsx(db, actor, scope, locale, `gaps-${scopeLabel(scope) || "department"}`);
  const columns = COLUMNS[p.list] as Columns<GapListKey>;
  const query = gapListQuery(p, false);
  return csvDownload(`gaps-${p.list}-${scopeLabel(scope) || "department"}`, columns.header, (emit) =>
    inSnapshot(db, async (tx) => {
      for await (const rows of pagesOf(
        async (page) => (await gapListPage(tx, actor, scope, p.list, { ...query, page })).rows,
      ))
        await emit(rows.map(columns.cells));
    }),
  );
}
