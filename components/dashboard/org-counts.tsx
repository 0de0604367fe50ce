// The organisation's size at a glance (admin dashboard and admin hub).
import { Stat } from "@/components/ui/card";
import type { OrgCounts } from "@/lib/db/queries/org";

export function OrgCountStats({ counts, className = "mb-6" }: { counts: OrgCounts; className?: string }) {
  return (
    <div className={`${className} grid grid-cols-2 gap-4 sm:grid-cols-4`}>
      <Stat label="Departments" value={counts.departments} />
      <Stat label="Active teams" value={counts.teams} />
      <Stat label="Active members" value={counts.members} />
      <Stat label="User accounts" value={counts.users} />
    </div>
  );
}
