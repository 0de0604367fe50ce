// The assessment rounds the caller may see: open ones first, then newest first, each with its progress.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireSection } from "@/lib/auth/section";
import { getDb } from "@/lib/db/client";
import { listRounds } from "@/lib/db/queries/rounds";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { ProgressBar } from "@/components/rounds/progress-bar";
import { roundName } from "@/components/rounds/round-name";

export async function generateMetadata() {
  const t = await getTranslations("rounds");
  return { title: t("title") };
}

export default async function RoundsPage() {
  const [user, db] = await Promise.all([requireSection("rounds"), getDb()]);
  const [rows, t, format] = await Promise.all([listRounds(db, user), getTranslations("rounds"), getFormatter()]);
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), "date");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/rounds/new" className={buttonClass()}>
            {t("start")}
          </Link>
        }
      />
      {rows.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("list.caption")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("list.round")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("list.due")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("list.progress")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("list.state")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-2">
                    <Link
                      href={`/rounds/${r.id}`}
                      className="font-medium text-brand-700 underline hover:text-brand-900"
                    >
                      {roundName(t, r)}
                    </Link>
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap">{date(r.dueOn)}</td>
                  <td className="px-4 py-2">
                    <ProgressBar done={r.done} total={r.total} />
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap">{r.closedAt ? t("closed") : t("open")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
