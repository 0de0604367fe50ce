// The loading state of a page: a skeleton while its data loads. Each section's loading.tsx sits below that section's
// layout, which decides access first, so a denial still answers 403/404 instead of a streamed 200.
import { useTranslations } from "next-intl";

export function PageSkeleton() {
  const t = useTranslations("common");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <div className="h-24 rounded-lg bg-slate-200" />
        <div className="h-24 rounded-lg bg-slate-200" />
        <div className="h-24 rounded-lg bg-slate-200" />
      </div>
      <div className="h-64 rounded-lg bg-slate-200" />
    </div>
  );
}
