// The ranked candidates: match (in words, not colour alone), level, workload, why, and the growth fit.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Match } from "@/lib/staffing/rank";
import type { GrowthFit } from "@/lib/staffing/growth";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";

export type CandidateView = {
  memberId: number;
  name: string;
  teamName: string;
  match: Match;
  level: number;
  ongoing: number;
  /** Why they match; null when the need asks nothing (the summary says everyone fits). */
  why: string | null;
  /** The growth fit's kind and its sentence in the reader's language. */
  growth: { kind: GrowthFit["kind"]; sentence: string } | null;
};

const MATCH = {
  qualified: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  close: "bg-amber-100 text-amber-900 ring-amber-300",
} as const;

const GROWTH = {
  completes: "border-emerald-300 bg-emerald-50 text-emerald-900",
  progress: "border-brand-100 bg-brand-50 text-brand-900",
} as const;

/** Whether the planned project changes something for the candidate (completes or advances a level). */
const growsBy = (c: CandidateView) => c.growth !== null && c.growth.kind !== "none";

export function CandidateList({
  rows,
  fieldLabel,
  start,
}: {
  rows: CandidateView[];
  fieldLabel: string;
  start: number;
}) {
  const t = useTranslations("staffing.candidates");
  // A compact row per candidate: who, match, level and workload on one line, the reason beneath, and the growth fit
  // only where the planned project would change something (a "no change" on every row said nothing). A plain GET
  // form: the checked candidates' skill sheets in one document (/sheets?members=…).
  return (
    <form method="get" action="/sheets" className="space-y-2">
      <ol
        aria-label={t("label")}
        start={start}
        className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm"
      >
        {rows.map((c, i) => (
          <li key={c.memberId} className="px-3 py-2" data-testid="candidate">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
              <span className="w-6 text-right text-sm tabular-nums text-slate-500" aria-hidden>
                {start + i}.
              </span>
              <Checkbox name="members" value={c.memberId} aria-label={t("select", { name: c.name })} />
              <Link
                href={`/members/${c.memberId}`}
                className="font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:underline"
              >
                {c.name}
              </Link>
              <span className="text-sm text-slate-600">{c.teamName}</span>
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${MATCH[c.match]}`}>
                {t(c.match)}
              </span>
              <span className="text-sm text-slate-700">
                {c.level ? t("level", { field: fieldLabel, level: c.level }) : t("noLevel", { field: fieldLabel })}
              </span>
              <span className="text-sm text-slate-700">{t("ongoing", { count: c.ongoing })}</span>
            </div>
            {c.why || growsBy(c) ? (
              <p className="pl-9 text-sm text-slate-800">
                {c.why}
                {growsBy(c) ? (
                  <span
                    className={`${c.why ? "ml-2 " : ""}inline-block rounded-md border px-1.5 text-sm ${GROWTH[c.growth!.kind as keyof typeof GROWTH]}`}
                  >
                    <span className="font-semibold">{t("growth")}</span>
                    {c.growth!.sentence}
                  </span>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <Button type="submit" variant="secondary">
        {t("sheets")}
      </Button>
    </form>
  );
}
