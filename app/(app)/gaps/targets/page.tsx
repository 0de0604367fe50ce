// A team's or a department's targets: where each stands, and (for those who may set them) forms to add, change and
// delete them. Leads set their teams' targets, heads their department's and its teams', admins any.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requireSection } from "@/lib/auth/section";
import { resolveScope } from "@/lib/views/scope";
import { loadTargets, targetsScopeParams } from "@/lib/views/gaps";
import { parseTargetsParams } from "@/lib/search-params/gaps";
import type { SearchParams } from "@/lib/search-params/table";
import { FIELDS, skillItemsOf, type Field } from "@/lib/itss/fields";
import { PageHeader } from "@/components/ui/page-header";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TargetList, describeTarget } from "@/components/dashboard/target-list";
import { ScopePicker } from "@/components/views/scope-picker";
import { scopeChoiceValue, scopeChoices } from "@/components/views/scope-choices";
import { CreateTargetForm, DeleteTargetButton, EditTargetForm } from "@/components/gaps/target-forms";

export async function generateMetadata() {
  const t = await getTranslations("gaps");
  return { title: t("targetsPage.title") };
}

export default async function TargetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, user, db] = await Promise.all([
    searchParams.then(parseTargetsParams),
    requireSection("gaps"),
    getDb(),
  ]);
  const resolved = await resolveScope(db, user, targetsScopeParams(user, params));
  if (!resolved.ok) notFound();
  const [v, t, td, ts] = await Promise.all([
    loadTargets(db, user, resolved.scope),
    getTranslations("gaps"),
    getTranslations("dashboard"),
    getTranslations("itss"),
  ]);
  const itemNames = Object.fromEntries(
    FIELDS.map((f) => [f, Object.fromEntries(skillItemsOf(f).map((i) => [i, ts(`items.${i}`)]))]),
  ) as Record<Field, Record<string, string>>;
  const picker = (
    <div className="mb-6">
      <form method="get" action="/gaps/targets" className="flex flex-wrap items-end gap-2">
        <ScopePicker
          id="scope-view"
          label={t("targetsPage.of")}
          className="w-72 text-sm"
          choices={scopeChoices(t, user, v.scope, v.options)}
          value={scopeChoiceValue(user, v.scope)}
          hint={user.role === "admin" && !v.options.teams.length ? t("scope.teamsAfterDepartment") : undefined}
        />
        <Button type="submit" variant="secondary">
          {t("scope.show")}
        </Button>
      </form>
    </div>
  );

  const o = v.owner;
  if (!o) {
    return (
      <>
        <PageHeader title={t("targetsPage.title")} description={t("targetsPage.chooseDescription")} />
        {picker}
        <EmptyState title={t("targetsPage.chooseTitle")}>{t("targetsPage.chooseBody")}</EmptyState>
      </>
    );
  }
  const own = o.targets;
  const what = o.kind === "team" ? o.name : t("targetsPage.wholeDepartment", { name: o.name });

  return (
    <>
      <PageHeader
        title={t("targetsPage.heading", { what })}
        description={o.kind === "team" ? t("targetsPage.teamDescription") : t("targetsPage.departmentDescription")}
        actions={
          <Link href={o.gapsHref} className={buttonClass({ variant: "secondary" })}>
            {t("targetsPage.back")}
          </Link>
        }
      />
      {picker}
      <Card title={t("targetsPage.standing")} className="mb-6">
        <TargetList statuses={own} />
      </Card>
      {o.mayWrite ? (
        <>
          <Card title={t("targetsPage.add")} className="mb-6">
            <CreateTargetForm
              owner={o.ids}
              itemNames={itemNames}
              defaults={{ field: o.defaultField, kind: "level", skillItem: null, minLevel: 4, minCount: 2 }}
            />
          </Card>
          {own.length ? (
            <Card title={t("targetsPage.change")}>
              <ul className="space-y-3">
                {own.map((x) => (
                  <li key={x.id} className="rounded-md border border-slate-200 p-3">
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-slate-800">
                        {describeTarget(td, ts, x)}
                      </summary>
                      <div className="mt-3 space-y-3">
                        <EditTargetForm
                          target={{
                            id: x.id,
                            version: x.version,
                            field: x.field,
                            kind: x.kind,
                            skillItem: x.skillItem,
                            minLevel: x.minLevel,
                            minCount: x.minCount,
                          }}
                          itemNames={itemNames}
                        />
                        <div role="group" aria-label={t("targetsPage.delete", { target: describeTarget(td, ts, x) })}>
                          <DeleteTargetButton id={x.id} version={x.version} label={describeTarget(td, ts, x)} />
                        </div>
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("targetsPage.readOnly")}</p>
      )}
    </>
  );
}
