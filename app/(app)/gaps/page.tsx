import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon, Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/components/shell/section-guard";

export const metadata = { title: "Gaps" };

export default async function GapsPage() {
  const { allowed } = await userForSection("gaps");
  if (!allowed) return <Forbidden what="the gap dashboard" />;
  return (
    <>
      <PageHeader title="Gaps" description="Targets against what the team has today." />
      <ComingSoon title="The gap dashboard">
        For each team and department target — “at least K members at level ≥ N” and “at least K members with
        proficiency ≥ N” — how many meet it now, how many are one step away, and the trend over time.
      </ComingSoon>
    </>
  );
}
