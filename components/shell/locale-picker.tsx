"use client";
// The language picker (header when signed in, login page when not). A plain form posting to chooseLocale, so it
// works without JavaScript (the Apply button); with JavaScript, choosing a language applies it at once. It always
// names the language in use: following the browser reads "English (browser language)", not a bare "Browser language".
import { useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { chooseLocale } from "@/lib/actions/locale";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

export function LocalePicker({ saved }: { saved: Locale | "auto" }) {
  const t = useTranslations("shell.locale");
  const form = useRef<HTMLFormElement>(null);
  const inUse = useLocale() as Locale;
  return (
    <form ref={form} action={chooseLocale} className="flex items-center gap-1 text-sm">
      <label htmlFor="locale-picker" className="sr-only">
        {t("label")}
      </label>
      <Select
        id="locale-picker"
        name="locale"
        defaultValue={saved}
        onChange={() => form.current?.requestSubmit()}
        inline
        size="sm"
      >
        <option value="auto">{t("auto", { language: LOCALE_NAMES[inUse] ?? inUse })}</option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </Select>
      <noscript>
        <Button type="submit" variant="secondary" size="sm">
          {t("apply")}
        </Button>
      </noscript>
    </form>
  );
}
