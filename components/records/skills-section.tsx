"use client";
// Skill proficiency per field: for each of the 7 items, self and lead ratings side by side (with dates), and a
// level picker that shows the standard's description of each level.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { setSkillRating } from "@/lib/actions/skills";
import type { AssessmentRecord } from "@/lib/db/queries/records";
import { MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "@/lib/itss/fields";
import { skillItem, skillLevelDescription } from "@/lib/itss/catalog";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { useDate } from "./use-date";
import { ChoiceList } from "@/components/forms/fields";

type Props = {
  memberId: number;
  field: Field;
  assessments: AssessmentRecord[];
  canSelf: boolean;
  canLead: boolean;
  names: Record<number, string>;
};

function Rating({ label, level, on, by }: { label: string; level: number | null; on: string | null; by?: string }) {
  const t = useTranslations("records.skills");
  const day = useDate();
  return (
    <div className="min-w-28">
      <div className="text-xs text-slate-500">{label}</div>
      <div className="text-lg font-bold text-slate-900">{level ?? "—"}</div>
      {/* A date without a level (older data) says "not assessed", not "—" with a date. */}
      <div className="text-xs text-slate-500">
        {on && level !== null ? `${day(on)}${by ? ` · ${by}` : ""}` : t("notAssessed")}
      </div>
    </div>
  );
}

function Picker({
  memberId,
  field,
  item,
  row,
  rater,
}: {
  memberId: number;
  field: Field;
  item: SkillItem;
  row?: AssessmentRecord;
  rater: "self" | "lead";
}) {
  const current = rater === "self" ? (row?.selfLevel ?? null) : (row?.leadLevel ?? null);
  const t = useTranslations("records.skills");
  const [level, setLevel] = useState<number | null>(current);
  const { pending, result, run } = useAction();
  const name = `${field}-${item}-${rater}`;
  return (
    <form
      className="mt-2"
      onSubmit={(e) => {
        e.preventDefault();
        run(setSkillRating, { memberId, field, item, rater, level, version: row?.version ?? null });
      }}
    >
      <ChoiceList
        mode="one"
        legend={rater === "self" ? t("yourSelf") : t("leads")}
        idPrefix={`${name}-`}
        name={name}
        options={Array.from({ length: MAX_LEVEL[field] }, (_, i) => i + 1).map((n) => ({
          value: String(n),
          label: (
            <>
              <span className="font-semibold">{t("levelN", { level: n })}</span> {skillLevelDescription(field, item, n)}
            </>
          ),
        }))}
        value={level === null ? "" : String(level)}
        onChange={(v) => setLevel(Number(v))}
      />
      <div className="mt-2 flex items-center gap-3">
        <SubmitButton pending={pending} disabled={level === current}>
          {rater === "self" ? t("saveSelf") : t("saveLead")}
        </SubmitButton>
        <FormMessage result={result} />
      </div>
    </form>
  );
}

export function SkillsSection({ memberId, field, assessments, canSelf, canLead, names }: Props) {
  const t = useTranslations("records");
  const rows = new Map(assessments.filter((a) => a.field === field).map((a) => [a.item, a]));
  return (
    <div>
      <p className="text-xs text-slate-600">{t("skills.note", { field: t(`field.${field}`) })}</p>
      <ul className="mt-2 divide-y divide-slate-100">
        {skillItemsOf(field).map((item) => {
          const row = rows.get(item);
          return (
            <li key={item} className="py-3">
              <div className="flex flex-wrap items-center justify-between gap-4">
                <h4 className="font-medium text-slate-900">{skillItem(field, item).name}</h4>
                <div className="flex gap-6">
                  <Rating label={t("skills.self")} level={row?.selfLevel ?? null} on={row?.selfAssessedOn ?? null} />
                  <Rating
                    label={t("skills.lead")}
                    level={row?.leadLevel ?? null}
                    on={row?.leadAssessedOn ?? null}
                    by={row?.leadAssessorId ? names[row.leadAssessorId] : undefined}
                  />
                </div>
              </div>
              {canSelf || canLead ? (
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">
                    {t("skills.rate", { item: skillItem(field, item).name })}
                  </summary>
                  {canSelf ? <Picker memberId={memberId} field={field} item={item} row={row} rater="self" /> : null}
                  {canLead ? <Picker memberId={memberId} field={field} item={item} row={row} rater="lead" /> : null}
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
