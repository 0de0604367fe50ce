import { PageHeader } from "@/components/ui/page-header";
import { ComingSoon, Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/components/shell/section-guard";

export const metadata = { title: "Heatmap" };

export default async function HeatmapPage() {
  const { allowed } = await userForSection("heatmap");
  if (!allowed) return <Forbidden what="the heatmap" />;
  return (
    <>
      <PageHeader title="Heatmap" description="Skill proficiency across teams, per skill item and field." />
      <ComingSoon title="The skills heatmap">
        Each team&apos;s members against the 7 skill items of their field, coloured by proficiency level, with a legend
        and drill-down to the member. It builds on the records and assessments kept under Teams.
      </ComingSoon>
    </>
  );
}
