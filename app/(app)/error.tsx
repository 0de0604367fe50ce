"use client";

import { useTranslations } from "next-intl";
import { useDatabaseOutage } from "@/components/shell/use-database-outage";
import { Button } from "@/components/ui/button";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const isOutage = useDatabaseOutage();
  const t = useTranslations("common");
  if (isOutage)
    return (
      <div role="alert" data-outage="database" className="rounded-lg border border-amber-200 bg-amber-50 p-6">
        <h1 className="text-lg font-semibold text-amber-900">{t("outage.title")}</h1>
        <p className="mt-1 text-sm text-amber-900">{t("outage.text")}</p>
        <Button onClick={() => reset()} className="mt-4">
          {t("outage.tryAgain")}
        </Button>
      </div>
    );
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">{t("error.title")}</h1>
      <p className="mt-1 text-sm text-red-900">
        {t("error.text")} {error.digest ? t("error.reference", { digest: error.digest }) : null}
      </p>
      <Button variant="danger" onClick={() => reset()} className="mt-4">
        {t("error.tryAgain")}
      </Button>
    </div>
  );
}
