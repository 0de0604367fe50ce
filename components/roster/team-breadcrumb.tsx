// The trail above a team's sub-pages: Teams / <team> / <this page>.
import Link from "next/link";

export function TeamBreadcrumb({
  label,
  teams,
  team,
  here,
}: {
  /** The nav's accessible name. */
  label: string;
  teams: string;
  team: { id: number; name: string };
  here: string;
}) {
  return (
    <nav aria-label={label} className="mb-2 text-sm text-slate-600">
      <Link href="/teams" className="hover:underline">
        {teams}
      </Link>{" "}
      /{" "}
      <Link href={`/teams/${team.id}`} className="hover:underline">
        {team.name}
      </Link>{" "}
      / {here}
    </nav>
  );
}
