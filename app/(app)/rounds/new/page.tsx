// Start an assessment round: the scope picker offers only what the caller may choose.
import { getTranslations } from "next-intl/server";
import { requireSection } from "@/lib/auth/section";
import { getDb } from "@/lib/db/client";
import { roundScopeOptions } from "@/lib/db/queries/rounds";
import { addDays } from "@/lib/itss/currency";
import { todayIso } from "@/lib/rounds/schemas";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { NewRoundForm } from "@/components/rounds/new-round-form";

export async function generateMetadata() {
  const t = await getTranslations("rounds.new");
  return { title: t("title") };
}

export default async function NewRoundPage() {
  const [user, db] = await Promise.all([requireSection("rounds"), getDb()]);
  const [choices, t] = await Promise.all([roundScopeOptions(db, user), getTranslations("rounds.new")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <NewRoundForm choices={choices} defaultDue={addDays(todayIso(), 14)} />
      </Card>
    </>
  );
}
