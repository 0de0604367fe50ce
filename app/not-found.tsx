import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("text")}</p>
      <Link href="/" className={buttonClass({ className: "mt-6" })}>
        {t("back")}
      </Link>
    </main>
  );
}
