// One part of a level's achievement indicators (responsibilities, complexity, size…), headed and kept together in print.
export function IndicatorBlock({
  title,
  children,
  wide = false,
}: {
  title: string;
  children: React.ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={`break-inside-avoid ${wide ? "lg:col-span-2 print:col-span-2" : ""}`}>
      <h4 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{title}</h4>
      <div className="mt-1.5 space-y-2 leading-relaxed text-slate-800">{children}</div>
    </div>
  );
}

export function BulletList({ children }: { children: React.ReactNode }) {
  return <ul className="list-disc space-y-1 pl-5 marker:text-slate-400">{children}</ul>;
}
