import Link from "next/link";
import { useTranslations } from "next-intl";

// The answer (status 403) to a section the signed-in role may not open; rows outside one's scope are "not found".
export default function Forbidden() {
  const t = useTranslations("common.forbidden");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-sm font-semibold text-amber-800">403</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("text")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("back")}
      </Link>
    </main>
  );
}
