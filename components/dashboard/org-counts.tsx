// The organisation's size at a glance (admin dashboard and admin hub).
import { useTranslations } from "next-intl";
import { Stat } from "@/components/ui/card";
import type { OrgCounts } from "@/lib/db/queries/org";

export function OrgCountStats({ counts, className = "mb-6" }: { counts: OrgCounts; className?: string }) {
  const t = useTranslations("dashboard.org");
  return (
    <div className={`${className} grid grid-cols-2 gap-4 sm:grid-cols-4`}>
      <Stat label={t("departments")} value={counts.departments} />
      <Stat label={t("activeTeams")} value={counts.teams} />
      <Stat label={t("activeMembers")} value={counts.members} />
      <Stat label={t("userAccounts")} value={counts.users} />
    </div>
  );
}
