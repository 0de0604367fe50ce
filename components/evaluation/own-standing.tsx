// One field of the member's own dashboard card: the official level and its source, what the path still needs (never
// a level already held: ./path.ts) and what waits for review, the provisional level when the submitted records change
// it, the field's name linking to its section of the member page.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OwnStanding } from "@/lib/views/member";
import { pathPromise, pathRows } from "./path";
import { ownPathText, provisionalText, sourceText } from "./sentences";

export function OwnFieldStanding({ standing, href }: { standing: OwnStanding; href: string }) {
  const t = useTranslations("evaluation");
  const td = useTranslations("dashboard");
  const ti = useTranslations("itss");
  const { field, official, provisional, withSubmitted } = standing;
  const path = official.next
    ? ownPathText(t, pathPromise(field, official), pathRows(official.next, withSubmitted))
    : null;
  const pending = provisionalText(t, official.level, provisional.level);
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid={`own-${field}`}>
      <Link href={href} className="text-sm font-medium text-brand-700 underline hover:text-brand-900">
        {ti(`fields.${field}`)}
      </Link>
      <div className="text-2xl font-bold">
        {official.level === 0 ? "—" : td("own.level", { level: official.level })}
      </div>
      <div className="mt-1 text-xs text-slate-600">{sourceText(ti, field, official)}</div>
      {path ? <div className="mt-1 text-xs text-slate-600">{path}</div> : null}
      {pending ? <div className="mt-1 text-xs font-medium text-amber-800">{pending}</div> : null}
    </li>
  );
}
