// The standard's overview: the Customer Service job category and its three specialty fields.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CATALOG, fieldCatalogs } from "@/lib/itss/catalog";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/standard/breadcrumbs";
import { FieldCard } from "@/components/standard/field-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("standard");
  return { title: t("title") };
}

export default async function StandardPage() {
  await requireUser();
  const [t, ti] = await Promise.all([getTranslations("standard"), getTranslations("itss")]);
  const { jobCategory } = CATALOG;
  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("overview.heading")}
        description={t("overview.description", { jobCategory: ti("jobCategory") })}
      />

      <section aria-labelledby="job-category" className="max-w-3xl">
        <h2 id="job-category" className="text-xl font-semibold text-slate-900">
          {ti("jobCategory")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("overview.sourceNote")}</p>
        <div className="mt-2 space-y-3 leading-relaxed text-slate-800">
          {jobCategory.description.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <dl className="mt-3 space-y-2">
          {jobCategory.activities.map((a) => (
            <div key={a.phase} className="flex flex-wrap gap-x-2">
              <dt className="font-semibold text-slate-900">{a.phase}:</dt>
              <dd className="text-slate-800">{a.items.join("; ")}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="fields" className="mt-10">
        <h2 id="fields" className="text-xl font-semibold text-slate-900">
          {t("overview.fields")}
        </h2>
        <p className="mt-1 text-slate-700">{jobCategory.classification}</p>
        <ul className="mt-4 grid gap-4 md:grid-cols-3 print:grid-cols-1">
          {fieldCatalogs().map((f) => (
            <FieldCard key={f.field} field={f} />
          ))}
        </ul>
      </section>
    </>
  );
}
