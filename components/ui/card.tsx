// A card (a titled box of a page) and a stat. `min-w-0`: in a grid or flex row a card shrinks to its track, so a wide
// table inside scrolls in its own box instead of widening the page (at 390 px, /gaps scrolled sideways).
import { useFormatter } from "next-intl";

export function Card({
  title,
  children,
  className = "",
}: {
  title?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section className={`min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${className}`}>
      {title ? <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2> : null}
      {children}
    </section>
  );
}

/** A figure with its label; a number is written by the number formatter ("4,949"), like every count. */
export function Stat({ label, value, hint }: { label: string; value: React.ReactNode; hint?: string }) {
  const format = useFormatter();
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="text-sm text-slate-600">{label}</div>
      <div className="mt-1 text-2xl font-bold text-slate-900">
        {typeof value === "number" ? format.number(value) : value}
      </div>
      {hint ? <div className="mt-1 text-xs text-slate-500">{hint}</div> : null}
    </div>
  );
}
