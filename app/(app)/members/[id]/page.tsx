// A member's record: standing per field (official, provisional, skill level, path to the next level), then the
// records by kind and the evaluation history. Every field the member has records or ratings in is shown: the team's
// open and first, the others collapsed. Readable only as the policy's "member.read" allows; others get 404.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadMember } from "@/lib/views/member";
import { FIELDS, type Field } from "@/lib/itss/fields";
import { parseRouteId } from "@/lib/validation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { FieldStanding } from "@/components/evaluation/field-standing";
import { FieldPart } from "@/components/evaluation/field-part";
import { OpenFromHash } from "@/components/evaluation/open-from-hash";
import { EvaluationHistory } from "@/components/evaluation/history";
import { SkillProfile } from "@/components/evaluation/skill-profile";
import { ProjectsSection } from "@/components/records/projects-section";
import { ContributionSection } from "@/components/records/contribution-section";
import { ExamsSection } from "@/components/records/exams-section";
import { SkillsSection } from "@/components/records/skills-section";
import { quickUpdateHref } from "@/lib/search-params/quick-update";
import { ImpactProvider } from "@/components/reviews/impact";
import { impactTexts } from "@/components/reviews/impact-text";

export async function generateMetadata() {
  const t = await getTranslations("members");
  return { title: t("title") };
}

const SECTIONS = ["standing", "profile", "projects", "contribution", "exams", "skills", "history"] as const;

export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id: raw }, user, db, t, ti, tImpact] = await Promise.all([
    params,
    requireUser(),
    getDb(),
    getTranslations("members"),
    getTranslations("itss"),
    getTranslations("reviews.impact"),
  ]);
  const id = parseRouteId(raw);
  const m = id ? await loadMember(db, user, id) : null;
  if (!id || !m) notFound();
  const {
    header,
    records,
    official,
    provisional,
    withSubmitted,
    shownFields,
    defaultField,
    perms,
    canSelf,
    canLead,
    names,
  } = m;
  // A mixed team has no field of its own: every field is open.
  const collapsed = (f: Field) => header.teamField !== null && f !== header.teamField;
  const rendered = new Date();
  const today = rendered.toISOString().slice(0, 10);

  return (
    <>
      <PageHeader
        title={m.isOwn ? t("myRecord", { name: header.name }) : header.name}
        description={
          <>
            {header.jobTitle ? `${header.jobTitle} · ` : ""}
            {m.canReadTeam ? (
              <Link className="text-brand-700 underline hover:text-brand-900" href={`/teams/${header.teamId}`}>
                {header.teamName}
              </Link>
            ) : (
              header.teamName
            )}
            {" · "}
            {header.departmentName}
            {header.teamField ? ` · ${ti(`fields.${header.teamField}`)}` : ""}
            {header.archived ? (
              <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">
                {t("archived")}
              </span>
            ) : null}
          </>
        }
        actions={
          <Link href={`/members/${header.id}/sheet`} className={buttonClass({ variant: "secondary" })}>
            {t("sheet.link")}
          </Link>
        }
      />
      <nav aria-label={t("sectionsNav")} className="mb-6 flex flex-wrap gap-2 text-sm">
        {SECTIONS.map((anchor) => (
          <a
            key={anchor}
            href={`#${anchor}`}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-slate-700 hover:bg-slate-100"
          >
            {t(`sections.${anchor}`)}
          </a>
        ))}
      </nav>

      <div className="space-y-8">
        <OpenFromHash />
        <section id="standing" aria-label={t("standingPerField")} className="grid gap-4 lg:grid-cols-2 xl:grid-cols-3">
          {shownFields.map((f) => (
            <FieldStanding
              key={f}
              field={f}
              official={official.fields[f]}
              provisional={provisional.fields[f]}
              withSubmitted={withSubmitted[f]}
              collapsed={collapsed(f)}
            />
          ))}
        </section>

        <div id="profile">
          <Card title={t("sections.profile")}>
            <SkillProfile fields={shownFields} assessments={records.assessments} targets={header.skillTargets} />
          </Card>
        </div>

        <ImpactProvider texts={impactTexts(tImpact, ti, m.impacts, m.isOwn ? "own" : "review")}>
          <div id="projects">
            <Card title={t("sections.projects")}>
              <ProjectsSection
                memberId={id}
                projects={records.projects}
                perms={perms}
                defaultField={defaultField}
                names={names}
              />
            </Card>
          </div>

          <div id="contribution">
            <Card title={t("sections.contribution")}>
              <div className="space-y-8">
                {shownFields.map((f) => (
                  <FieldPart
                    key={f}
                    title={ti(`fields.${f}`)}
                    collapsed={collapsed(f)}
                    showTitle={false}
                    testId={`contribution-${f}`}
                  >
                    <ContributionSection
                      memberId={id}
                      field={f}
                      perms={perms}
                      names={names}
                      specialties={records.specialties}
                      successions={records.successions}
                      mentorings={records.mentorings}
                    />
                  </FieldPart>
                ))}
              </div>
            </Card>
          </div>

          <div id="exams">
            <Card title={t("sections.exams")}>
              <ExamsSection
                memberId={id}
                perms={perms}
                names={names}
                exams={records.exams}
                certifications={records.certifications}
                today={today}
              />
            </Card>
          </div>
        </ImpactProvider>

        <div id="skills">
          <Card title={t("sections.skills")}>
            <div className="space-y-6">
              {shownFields.map((f) => (
                <FieldPart key={f} title={ti(`fields.${f}`)} collapsed={collapsed(f)} testId={`skills-${f}`}>
                  {canSelf || canLead ? (
                    <p className="mb-3 text-sm">
                      <Link href={quickUpdateHref(id, f)} className="text-brand-700 underline">
                        {t("quickUpdateLink", { field: ti(`fields.${f}`) })}
                      </Link>
                    </p>
                  ) : null}
                  <SkillsSection
                    memberId={id}
                    field={f}
                    assessments={records.assessments}
                    canSelf={canSelf}
                    canLead={canLead}
                    names={names}
                  />
                </FieldPart>
              ))}
            </div>
          </Card>
        </div>

        <div id="history">
          <Card title={t("sections.history")}>
            <EvaluationHistory snapshots={m.snapshots} fields={FIELDS} now={rendered.getTime()} />
          </Card>
        </div>
      </div>
    </>
  );
}
