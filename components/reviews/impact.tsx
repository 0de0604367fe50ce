"use client";
// What approving a record would change, shown under the record: in the review queue and on a member page (its
// sentences are made where the page renders: ./impact-text.ts).
import { createContext, useContext, type ReactNode } from "react";

/** A record's impact in words: the heading and a line per requirement met or counted toward and per target met. */
export type ImpactText = { heading: string; lines: string[]; changesLevel: boolean };

export function RecordImpact({ text }: { text: ImpactText | null | undefined }) {
  if (!text) return null;
  return (
    <div
      data-testid="record-impact"
      className={`mt-2 rounded-md border px-3 py-2 text-sm text-slate-800 ${
        text.changesLevel ? "border-brand-100 bg-brand-50" : "border-slate-200 bg-slate-50"
      }`}
    >
      <p className="font-medium">{text.heading}</p>
      {text.lines.length ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {text.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const ImpactContext = createContext<Record<string, ImpactText> | null>(null);

/** The impacts of a member page's draft and submitted records (by `entity:id`), for RecordImpactOf below it. */
export function ImpactProvider({ texts, children }: { texts: Record<string, ImpactText>; children: ReactNode }) {
  return <ImpactContext.Provider value={texts}>{children}</ImpactContext.Provider>;
}

/** The impact of one record on a member page; nothing outside an ImpactProvider or for a record without one. */
export function RecordImpactOf({ entity, id }: { entity: string; id: number }) {
  const texts = useContext(ImpactContext);
  return <RecordImpact text={texts?.[`${entity}:${id}`]} />;
}
