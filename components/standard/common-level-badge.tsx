import { useTranslations } from "next-intl";

// Marks the standard's common entry levels 1 and 2 (the same for every job category and skill item).
export function CommonLevelBadge() {
  const t = useTranslations("standard.common");
  return (
    <span className="ml-1 inline-block rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 text-[0.7rem] font-medium leading-none text-slate-700">
      {t("badge")}
    </span>
  );
}

/** The note on the common entry levels 1 and 2, for captions and intros. */
export function CommonLevelsNote() {
  const t = useTranslations("standard.common");
  return <>{t("note")}</>;
}
