"use client";
// The members still open in a round: the whole list (a round over the organisation may leave a thousand), sortable by
// name or team in the browser, scrolling inside its own box.
import Link from "next/link";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { OpenTask } from "@/lib/db/queries/rounds";
import { Button } from "@/components/ui/button";

type SortKey = "name" | "team";

export function OpenMembers({ rows }: { rows: OpenTask[] }) {
  const t = useTranslations("rounds.client");
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "name", desc: false });
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
    const by = (r: OpenTask) => (sort.key === "name" ? r.memberName : r.teamName);
    const out = [...rows].sort((a, b) => collator.compare(by(a), by(b)) || a.memberId - b.memberId);
    return sort.desc ? out.reverse() : out;
  }, [rows, sort]);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className="px-3 py-2 text-left"
        aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"}
      >
        <Button
          variant="plain"
          size="sm"
          title={t("sortBy", { column: label })}
          onClick={() => setSort({ key, desc: active ? !sort.desc : false })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.desc ? " ▼" : " ▲") : ""}</span>
        </Button>
      </th>
    );
  };
  return (
    <div
      role="region"
      aria-label={t("openCount", { count: rows.length })}
      className="max-h-[32rem] overflow-auto rounded border border-slate-200"
      tabIndex={0}
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{t("openCount", { count: rows.length })}</caption>
        <thead className="sticky top-0 bg-slate-50 text-slate-700">
          <tr>
            {header("name", t("name"))}
            {header("team", t("memberTeam"))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((r) => (
            <tr key={r.memberId}>
              <td className="px-3 py-1.5">
                <Link href={`/members/${r.memberId}`} className="text-brand-700 underline hover:text-brand-900">
                  {r.memberName}
                </Link>
              </td>
              <td className="px-3 py-1.5 text-slate-700">{r.teamName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
