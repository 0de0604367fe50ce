// A member's open round task on their dashboard: a small block linking to the quick update.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MemberRoundTask } from "@/lib/db/queries/rounds";
import { buttonClass } from "@/components/ui/button";

export async function OpenRoundTask({ task, href }: { task: MemberRoundTask; href: string }) {
  const [t, format] = await Promise.all([getTranslations("rounds.task"), getFormatter()]);
  return (
    <section className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <div className="min-w-0">
        <h2 className="font-semibold text-slate-900">{t("title")}</h2>
        <p className="text-sm text-slate-700">
          {t("due", { date: format.dateTime(new Date(`${task.dueOn}T00:00:00Z`), "date") })}
          {task.message ? ` ${task.message}` : ""}
        </p>
      </div>
      <Link href={href} className={buttonClass()}>
        {t("link")}
      </Link>
    </section>
  );
}
