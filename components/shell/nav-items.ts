// The sections of the app, in navigation order, filtered by the policy. Labels are message keys (shell.nav.*),
// translated by the layout.
import { canOpenSection, type Actor, type Section } from "@/lib/auth/policy";

export type NavKey = Section | "myRecord";
export type NavLink = { href: string; key: NavKey };

const SECTION_LINKS: { section: Section; href: string }[] = [
  { section: "dashboard", href: "/" },
  { section: "teams", href: "/teams" },
  { section: "reviews", href: "/reviews" },
  { section: "rounds", href: "/rounds" },
  { section: "heatmap", href: "/heatmap" },
  { section: "gaps", href: "/gaps" },
  { section: "staffing", href: "/staffing" },
  { section: "standard", href: "/standard" },
  { section: "import", href: "/import" },
  { section: "admin", href: "/admin" },
];

export function navItemsFor(actor: Actor): NavLink[] {
  const items: NavLink[] = SECTION_LINKS.filter((l) => canOpenSection(actor, l.section)).map(({ href, section }) => ({
    href,
    key: section,
  }));
  if (actor.memberId !== null) items.splice(1, 0, { href: `/members/${actor.memberId}`, key: "myRecord" });
  return items;
}
