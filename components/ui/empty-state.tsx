export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <p className="font-medium text-slate-800">{title}</p>
      {children ? <div className="mt-2 text-sm text-slate-600">{children}</div> : null}
    </div>
  );
}

export function Forbidden({ what = "this page" }: { what?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-6 py-8">
      <h1 className="text-lg font-semibold text-amber-900">You do not have access to {what}</h1>
      <p className="mt-1 text-sm text-amber-900">Ask an administrator if you need it.</p>
    </div>
  );
}
