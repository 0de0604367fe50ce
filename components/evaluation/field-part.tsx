// A field's part of a member page section: open for the team's field, collapsed (<details>, its summary a heading
// reachable by keyboard) for the other fields the member has records or ratings in.
export function FieldPart({
  title,
  collapsed,
  showTitle = true,
  testId,
  children,
}: {
  title: string;
  collapsed: boolean;
  /** whether the open part repeats the field's name above its content */
  showTitle?: boolean;
  testId?: string;
  children: React.ReactNode;
}) {
  if (!collapsed)
    return (
      <div data-testid={testId}>
        {showTitle ? <h3 className="font-semibold text-slate-900">{title}</h3> : null}
        {children}
      </div>
    );
  return (
    <details className="rounded-md border border-slate-200 p-3" data-testid={testId}>
      <summary className="cursor-pointer rounded font-semibold text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600">
        <h3 className="inline">{title}</h3>
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
