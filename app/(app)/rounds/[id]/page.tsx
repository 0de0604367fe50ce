// One assessment round: progress done/total overall and per team (numbers and a bar), every member still open
// (sortable), and its closed state. Only those who may run a round over its scope read it; others get the 404.
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireSection } from "@/lib/auth/section";
import { canRunRound, type RoundTarget } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { roundHead, roundProgress, type RoundHead } from "@/lib/db/queries/rounds";
import { parseRouteId } from "@/lib/validation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/rounds/progress-bar";
import { OpenMembers } from "@/components/rounds/open-members";
import { roundName } from "@/components/rounds/round-name";

function targetOf(r: RoundHead): RoundTarget {
  if (r.scope === "team") return { scope: "team", teamId: r.teamId!, departmentId: r.departmentId! };
  if (r.scope === "department") return { scope: "department", departmentId: r.departmentId! };
  return { scope: "organisation" };
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("rounds");
  const id = parseRouteId((await params).id);
  return { title: id ? `${t("title")} #${id}` : t("title") };
}

export default async function RoundPage({ params }: Props) {
  const [{ id }, user, db] = await Promise.all([params, requireSection("rounds"), getDb()]);
  const roundId = parseRouteId(id);
  const round = roundId ? await roundHead(db, roundId) : null;
  if (!round || !canRunRound(user, targetOf(round))) notFound();
  const [progress, t, format] = await Promise.all([
    roundProgress(db, round.id),
    getTranslations("rounds"),
    getFormatter(),
  ]);
  const date = (d: string | Date) => format.dateTime(typeof d === "string" ? new Date(`${d}T00:00:00Z`) : d, "date");
  return (
    <>
      <PageHeader
        title={roundName(t, round)}
        description={
          <>
            {t("detail.due", { date: date(round.dueOn) })}
            {" · "}
            {round.startedByName
              ? t("detail.startedBy", { name: round.startedByName, date: date(round.startedAt) })
              : t("detail.startedOn", { date: date(round.startedAt) })}
          </>
        }
      />
      {round.closedAt ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-slate-300 bg-slate-50 px-4 py-2 text-sm text-slate-800"
        >
          {t("detail.closedOn", { date: date(round.closedAt) })}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("detail.progress")}>
          <ProgressBar done={progress.done} total={progress.total} />
          {round.message ? (
            <div className="mt-4">
              <h3 className="text-sm font-medium text-slate-800">{t("detail.message")}</h3>
              <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{round.message}</p>
            </div>
          ) : null}
          <h3 className="mt-6 mb-2 text-sm font-medium text-slate-800">{t("detail.perTeam")}</h3>
          {progress.teams.length === 0 ? (
            <p className="text-sm text-slate-600">{t("detail.noTasks")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">{t("detail.perTeam")}</caption>
                <thead className="text-left text-slate-700">
                  <tr>
                    <th scope="col" className="py-1 pr-3">
                      {t("detail.team")}
                    </th>
                    <th scope="col" className="py-1">
                      {t("detail.done")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {progress.teams.map((team) => (
                    <tr key={team.teamId}>
                      <td className="py-1.5 pr-3">{team.teamName}</td>
                      <td className="py-1.5">
                        <ProgressBar done={team.done} total={team.total} label={team.teamName} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title={`${t("detail.openMembers")} (${format.number(progress.open.length)})`}>
          {progress.open.length === 0 ? (
            <p className="text-sm text-slate-600">{progress.total ? t("detail.allDone") : t("detail.noTasks")}</p>
          ) : (
            <OpenMembers rows={progress.open} />
          )}
        </Card>
      </div>
    </>
  );
}
