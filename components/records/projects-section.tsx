"use client";
// The member's projects: each with its project level, review state and actions; a form to record a new one.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ProjectRecord } from "@/lib/db/queries/records";
import { projectEvidence } from "@/lib/evaluation/evidence";
import { projectLevel } from "@/lib/itss/evaluate";
import type { Field } from "@/lib/itss/fields";
import { componentAreaLabel } from "@/lib/itss/catalog";
import type { ComponentArea } from "@/lib/itss/record-options";
import { EmptyState } from "@/components/ui/empty-state";
import { Button } from "@/components/ui/button";
import { ProjectForm } from "./project-form";
import { RecordActions, type Perms } from "./record-actions";
import { StateBadge } from "./state-badge";
import { RecordImpactOf } from "@/components/reviews/impact";
import { refOf, ReviewNote } from "./helpers";
import { openRevisionIds } from "@/lib/records/transitions";
import { useDate } from "./use-date";

export function ProjectsSection({
  memberId,
  projects,
  perms,
  defaultField,
  names,
}: {
  memberId: number;
  projects: ProjectRecord[];
  perms: Perms;
  defaultField: Field;
  names: Record<number, string>;
}) {
  const t = useTranslations("records");
  const day = useDate();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const open = openRevisionIds(projects);
  const shown = [...projects].sort((a, b) => Number(!!a.supersededAt) - Number(!!b.supersededAt) || b.id - a.id);
  return (
    <div className="space-y-3">
      {perms.write && !adding ? <Button onClick={() => setAdding(true)}>{t("project.record")}</Button> : null}
      {adding ? <ProjectForm memberId={memberId} defaultField={defaultField} onDone={() => setAdding(false)} /> : null}
      {shown.length === 0 ? <EmptyState title={t("project.emptyTitle")}>{t("project.emptyBody")}</EmptyState> : null}
      <ul className="space-y-3">
        {shown.map((p) => {
          const level = projectLevel(projectEvidence(p));
          return (
            <li
              key={p.id}
              className={`rounded-lg border bg-white p-4 ${p.supersededAt ? "border-slate-100 opacity-70" : "border-slate-200"}`}
            >
              {editing === p.id ? (
                <ProjectForm memberId={memberId} defaultField={p.field} project={p} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h3 className="font-semibold text-slate-900">{p.name}</h3>
                      <p className="text-sm text-slate-600">
                        {t(`field.${p.field}`)} · {t(`roleWord.${p.role}`)} · {t(`statusWord.${p.status}`)}
                        {p.status === "completed"
                          ? p.successful
                            ? t("project.successful")
                            : t("project.notSuccessful")
                          : ""}
                        {p.customer ? ` · ${p.customer}` : ""}
                        {p.componentArea ? ` · ${componentAreaLabel(p.componentArea as ComponentArea)}` : ""}
                        {p.startDate ? ` · ${day(p.startDate)} – ${p.endDate ? day(p.endDate) : "…"}` : ""}
                      </p>
                    </div>
                    <div className="flex items-center gap-2">
                      <span className="rounded-md bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-900">
                        {level > 0 ? t("project.level", { level }) : t("project.noLevel")}
                      </span>
                      <StateBadge
                        state={p.reviewState}
                        superseded={!!p.supersededAt}
                        isRevision={p.revisionOf !== null}
                      />
                    </div>
                  </div>
                  {p.description ? (
                    <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{p.description}</p>
                  ) : null}
                  <ReviewNote r={p} names={names} />
                  <RecordImpactOf entity="project" id={p.id} />
                  <RecordActions
                    record={refOf("project", p, open)}
                    perms={perms}
                    onEdit={() => setEditing(p.id)}
                    label={t("project.actionLabel", { name: p.name })}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
