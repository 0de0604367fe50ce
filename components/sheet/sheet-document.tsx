// The skill sheet document: its options (in the interface's language, kept in the URL, not printed) above one page
// per member (in the document's language, loaded explicitly: independent of the interface's).
import Link from "next/link";
import { createFormatter, createTranslator } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MESSAGES } from "@/lib/i18n/messages";
import { FORMATS, TIME_ZONE } from "@/lib/i18n/formats";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { FIELDS } from "@/lib/itss/fields";
import { sheetHref, type SheetParams } from "@/lib/search-params/sheet";
import type { SkillSheetData } from "@/lib/views/sheet";
import { Button, buttonClass } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { SheetStyle } from "./sheet-style";
import { SkillSheet } from "./skill-sheet";
import { PrintButton } from "./print-button";
import type { ItssT } from "@/components/evaluation/sentences";

export async function SheetDocument({
  sheets,
  p,
  lang,
  base,
  backHref,
  teamMembers,
}: {
  sheets: SkillSheetData[];
  p: SheetParams;
  lang: Locale;
  /** The page's own path, for the option links. */
  base: string;
  backHref: string;
  /** A team's active members: checkboxes to choose whose sheets to print. */
  teamMembers?: { id: number; name: string }[];
}) {
  const ui = await getTranslations("members.sheet");
  const tf = await getTranslations("itss");
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang], formats: FORMATS, timeZone: TIME_ZONE });
  const ti = createTranslator({
    locale: lang,
    messages: MESSAGES[lang],
    namespace: "itss",
    formats: FORMATS,
    timeZone: TIME_ZONE,
  }) as unknown as ItssT;
  const format = createFormatter({ locale: lang, formats: FORMATS, timeZone: TIME_ZONE });
  const today = new Date();
  const href = (changes: Partial<SheetParams>) => sheetHref(base, p, changes);
  const link = (active: boolean) =>
    `rounded px-2 py-0.5 ${active ? "bg-brand-700 text-white" : "text-brand-800 underline hover:bg-slate-100"}`;
  const shownFields = p.fields ?? [...FIELDS];
  const selected = new Set(p.members ?? teamMembers?.map((m) => m.id) ?? []);

  return (
    <>
      <SheetStyle />
      <div className="no-print mb-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-lg font-semibold">{sheets.length > 1 ? ui("titleMany") : ui("title")}</h1>
          <PrintButton label={ui("print")} />
          <Link href={backHref} className={buttonClass({ variant: "secondary" })}>
            {ui("back")}
          </Link>
        </div>
        <nav aria-label={ui("options")} className="flex flex-wrap gap-x-6 gap-y-2">
          <span className="flex items-center gap-1">
            {ui("language")}:
            {LOCALES.map((l) => (
              <Link
                key={l}
                href={href({ lang: l })}
                className={link(l === lang)}
                aria-current={l === lang || undefined}
              >
                {LOCALE_NAMES[l]}
              </Link>
            ))}
          </span>
          <span className="flex items-center gap-1">
            {ui("hideCustomers")}:
            <Link href={href({ hideCustomers: !p.hideCustomers })} className={link(p.hideCustomers)}>
              {p.hideCustomers ? ui("on") : ui("off")}
            </Link>
          </span>
          <span className="flex items-center gap-1">
            {ui("hideSelf")}:
            <Link href={href({ hideSelf: !p.hideSelf })} className={link(p.hideSelf)}>
              {p.hideSelf ? ui("on") : ui("off")}
            </Link>
          </span>
          <span className="flex items-center gap-1">
            {ui("fields")}:
            {FIELDS.map((f) => {
              const on = p.fields?.includes(f) ?? false;
              const next = on ? shownFields.filter((x) => x !== f) : [...(p.fields ?? []), f];
              return (
                <Link key={f} href={href({ fields: next.length ? next : null })} className={link(on)}>
                  {tf(`fields.${f}`)}
                </Link>
              );
            })}
          </span>
        </nav>
        {teamMembers ? (
          <form method="get" action={base} className="space-y-2">
            {p.lang ? <input type="hidden" name="lang" value={p.lang} /> : null}
            {p.hideCustomers ? <input type="hidden" name="hideCustomers" value="1" /> : null}
            {p.hideSelf ? <input type="hidden" name="hideSelf" value="1" /> : null}
            {p.fields ? <input type="hidden" name="fields" value={p.fields.join(",")} /> : null}
            <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
              <legend className="mb-1 font-medium">{ui("members")}</legend>
              {teamMembers.map((m) => (
                <label key={m.id} className="flex items-center gap-1.5">
                  <Checkbox name="members" value={m.id} defaultChecked={selected.has(m.id)} />
                  {m.name}
                </label>
              ))}
            </fieldset>
            <Button type="submit" variant="secondary">
              {ui("apply")}
            </Button>
          </form>
        ) : null}
      </div>
      <div className="sheet-doc" lang={lang} data-testid="sheet-doc">
        {sheets.length ? (
          sheets.map((s) => (
            <SkillSheet
              key={s.header.id}
              sheet={s}
              t={t}
              ti={ti}
              format={format}
              options={{ fields: p.fields, hideCustomers: p.hideCustomers, hideSelf: p.hideSelf }}
              today={today}
            />
          ))
        ) : (
          <EmptyState title={ui("noMembers")} />
        )}
      </div>
    </>
  );
}
