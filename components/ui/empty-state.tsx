import { useTranslations } from "next-intl";

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      {children ? <div className="mt-2 text-sm text-slate-600">{children}</div> : null}
    </div>
  );
}

/** `what` in the reader's language ("this section"). */
export function Forbidden({ what }: { what: string }) {
  const t = useTranslations("common.forbiddenPanel");
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-6 py-8">
      <h1 className="text-lg font-semibold text-amber-900">{t("title", { what })}</h1>
      <p className="mt-1 text-sm text-amber-900">{t("text")}</p>
    </div>
  );
}
