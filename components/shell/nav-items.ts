// The sections of the app, in navigation order, filtered by the policy.
import { canOpenSection, type Actor, type Section } from "@/lib/auth/policy";
import type { NavItem } from "./nav";

const SECTION_LINKS: { section: Section; href: string; label: string }[] = [
  { section: "dashboard", href: "/", label: "Dashboard" },
  { section: "teams", href: "/teams", label: "Teams" },
  { section: "reviews", href: "/reviews", label: "Reviews" },
  { section: "heatmap", href: "/heatmap", label: "Heatmap" },
  { section: "gaps", href: "/gaps", label: "Gaps" },
  { section: "staffing", href: "/staffing", label: "Staffing" },
  { section: "standard", href: "/standard", label: "Standard" },
  { section: "admin", href: "/admin", label: "Admin" },
];

export function navItemsFor(actor: Actor): NavItem[] {
  const items: NavItem[] = SECTION_LINKS.filter((l) => canOpenSection(actor, l.section)).map(({ href, label }) => ({
    href,
    label,
  }));
  if (actor.memberId !== null) items.splice(1, 0, { href: `/members/${actor.memberId}`, label: "My record" });
  return items;
}
