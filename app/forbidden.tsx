import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

// The answer (status 403) to a section the signed-in role may not open; rows outside one's scope are "not found".
export default function Forbidden() {
  const t = useTranslations("common.forbidden");
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-sm font-semibold text-amber-800">403</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("text")}</p>
      <Link href="/" className={buttonClass({ className: "mt-6" })}>
        {t("back")}
      </Link>
    </main>
  );
}
