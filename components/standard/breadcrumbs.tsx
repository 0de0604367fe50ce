// Where a standard page sits: Standard › field › skill item.
import Link from "next/link";
import { useTranslations } from "next-intl";

export type Crumb = { label: string; href?: string };

export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const t = useTranslations("standard");
  return (
    <nav aria-label={t("breadcrumb")} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        {items.map((crumb, i) => {
          const isLast = i === items.length - 1;
          return (
            <li key={crumb.label} className="flex items-center gap-1">
              {crumb.href && !isLast ? (
                <Link href={crumb.href} className="text-brand-700 underline-offset-2 hover:underline">
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current={isLast ? "page" : undefined} className="font-medium text-slate-900">
                  {crumb.label}
                </span>
              )}
              {isLast ? null : (
                <span aria-hidden="true" className="text-slate-400">
                  ›
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
