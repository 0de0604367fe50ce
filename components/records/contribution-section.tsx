"use client";
// Professional contribution for one field: specialty areas (checklist in the standard's wording, grouped by level),
// expertise-succession achievements and mentoring, each a reviewable record.
import { useState } from "react";
import { useTranslations } from "next-intl";
import {
  createMentoring,
  createSuccession,
  saveSpecialties,
  updateMentoring,
  updateSuccession,
} from "@/lib/actions/contributions";
import type { MentoringRecord, SpecialtyRecord, SuccessionRecord } from "@/lib/db/queries/records";
import { SPECIALTY_AREAS, type Field } from "@/lib/itss/fields";
import { SUCCESSION_KINDS, type SuccessionKind } from "@/lib/itss/record-options";
import { specialtyLevelsOf, specialtyText, successionKindLabel } from "@/lib/itss/catalog";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { RecordActions, type Perms } from "./record-actions";
import { StateBadge } from "./state-badge";
import { RecordImpactOf } from "@/components/reviews/impact";
import { refOf, ReviewNote } from "./helpers";
import { openRevisionIds } from "@/lib/records/transitions";
import { RecordList } from "./record-list";
import { RecordForm, useRecordForm } from "./record-form";
import { Checkbox } from "@/components/ui/checkbox";
import { useDate } from "./use-date";

type Props = {
  memberId: number;
  field: Field;
  perms: Perms;
  names: Record<number, string>;
  specialties: SpecialtyRecord[];
  successions: SuccessionRecord[];
  mentorings: MentoringRecord[];
};

export function ContributionSection(props: Props) {
  const { field } = props;
  const t = useTranslations("records");
  return (
    <div className="space-y-6">
      <SpecialtyChecklist {...props} />
      <div>
        <h3 className="font-semibold text-slate-900">{t("contribution.succession", { field: t(`field.${field}`) })}</h3>
        <SuccessionList {...props} />
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">{t("contribution.mentoring", { field: t(`field.${field}`) })}</h3>
        <MentoringList {...props} />
      </div>
    </div>
  );
}

function SpecialtyChecklist({ memberId, field, perms, specialties, names }: Props) {
  const live = specialties.filter((s) => s.field === field && !s.supersededAt);
  const byArea = new Map(live.map((s) => [s.area, s]));
  const t = useTranslations("records");
  const [checked, setChecked] = useState<Set<string>>(() => new Set(live.map((s) => s.area)));
  const { pending, result, run, errors } = useAction();
  const levels = Object.keys(SPECIALTY_AREAS[field])
    .map(Number)
    .sort((a, b) => b - a);
  const seen = new Set<string>();
  const open = openRevisionIds(specialties);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run(saveSpecialties, { memberId, field, areas: [...checked] });
      }}
    >
      <fieldset>
        <legend className="font-semibold text-slate-900">
          {t("contribution.specialties", { field: t(`field.${field}`) })}
        </legend>
        <p className="text-xs text-slate-600">{t("contribution.specialtiesNote")}</p>
        {levels.map((level) => {
          const keys = (SPECIALTY_AREAS[field] as Record<number, readonly string[]>)[level].filter((k) => !seen.has(k));
          keys.forEach((k) => seen.add(k));
          if (!keys.length) return null;
          return (
            <div key={level} className="mt-3">
              <h3 className="text-sm font-medium text-slate-700">{t("contribution.level", { level })}</h3>
              <ul className="mt-1 space-y-2">
                {keys.map((k) => {
                  const rec = byArea.get(k);
                  const locked = rec && (rec.reviewState === "submitted" || rec.reviewState === "approved");
                  const id = `sp-${field}-${k}`;
                  const levelsOf = specialtyLevelsOf(field, k);
                  return (
                    <li key={k} className="flex items-start gap-2">
                      <Checkbox
                        id={id}
                        className="mt-0.5"
                        disabled={!perms.write || !!locked}
                        checked={checked.has(k)}
                        onChange={(e) =>
                          setChecked((prev) => {
                            const n = new Set(prev);
                            if (e.target.checked) n.add(k);
                            else n.delete(k);
                            return n;
                          })
                        }
                      />
                      <div className="flex-1">
                        <label htmlFor={id} className="text-sm text-slate-800">
                          {specialtyText(field, levelsOf[levelsOf.length - 1], k)}
                        </label>
                        {levelsOf.length > 1 ? (
                          <span className="ml-1 text-xs text-slate-500">
                            {t("contribution.listedAt", { levels: levelsOf.join(", ") })}
                          </span>
                        ) : null}
                        {rec ? (
                          <div className="mt-1">
                            <StateBadge state={rec.reviewState} isRevision={rec.revisionOf !== null} />
                            <ReviewNote r={rec} names={names} />
                            <RecordImpactOf entity="specialty" id={rec.id} />
                            {rec.reviewState !== "draft" && rec.reviewState !== "rejected" ? (
                              <RecordActions
                                record={refOf("specialty", rec, open)}
                                perms={perms}
                                label={t("contribution.specialtyLabel", { key: k })}
                              />
                            ) : null}
                            {rec.reviewState === "draft" || rec.reviewState === "rejected" ? (
                              <RecordActions
                                record={refOf("specialty", rec, open)}
                                perms={{ ...perms, write: false }}
                                label={t("contribution.specialtyLabel", { key: k })}
                              />
                            ) : null}
                          </div>
                        ) : null}
                      </div>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
        {errors.areas ? <p className="mt-1 text-xs font-medium text-red-700">{errors.areas}</p> : null}
      </fieldset>
      {perms.write ? (
        <SubmitButton pending={pending} className="mt-3">
          {t("contribution.saveSpecialties")}
        </SubmitButton>
      ) : null}
      <div className="mt-2">
        <FormMessage result={result} />
      </div>
    </form>
  );
}

function SuccessionForm({
  memberId,
  field,
  record,
  onDone,
}: {
  memberId: number;
  field: Field;
  record?: SuccessionRecord;
  onDone: () => void;
}) {
  const t = useTranslations("records.contribution");
  const form = useRecordForm({
    initial: () => ({
      kind: record?.kind ?? "community_activity",
      title: record?.title ?? "",
      achievedOn: record?.achievedOn ?? "",
    }),
    prefix: record ? `su${record.id}-` : `su-new-${field}-`,
    record,
    toInput: (v) => ({ memberId, field, ...v, achievedOn: v.achievedOn || null }),
    create: createSuccession,
    update: updateSuccession,
    onDone,
  });
  return (
    <RecordForm form={form} label={t("successionForm")} columns={3}>
      <SelectField
        label={t("kind")}
        {...form.bind("kind")}
        options={SUCCESSION_KINDS.map((k) => ({ value: k, label: successionKindLabel(k) }))}
      />
      <TextField label={t("title")} {...form.bind("title")} required maxLength={200} />
      <TextField label={t("date")} type="date" {...form.bind("achievedOn")} />
    </RecordForm>
  );
}

function SuccessionList({ memberId, field, perms, successions, names }: Props) {
  const t = useTranslations("records.contribution");
  const day = useDate();
  return (
    <div>
      <RecordList
        rows={successions.filter((s) => s.field === field)}
        entity="succession"
        perms={perms}
        names={names}
        emptyText={t("noAchievements")}
        addLabel={t("addAchievement")}
        actionLabel={(s) => t("achievementLabel", { title: s.title })}
        renderSummary={(s) => (
          <>
            <span className="font-medium">{s.title}</span> — {successionKindLabel(s.kind as SuccessionKind)}
            {s.achievedOn ? ` · ${day(s.achievedOn)}` : ""}
          </>
        )}
        renderForm={(s, onDone) => (
          <SuccessionForm memberId={memberId} field={field} record={s ?? undefined} onDone={onDone} />
        )}
      />
    </div>
  );
}

function MentoringForm({
  memberId,
  field,
  record,
  onDone,
}: {
  memberId: number;
  field: Field;
  record?: MentoringRecord;
  onDone: () => void;
}) {
  const t = useTranslations("records.contribution");
  const form = useRecordForm({
    initial: () => ({ mentee: record?.mentee ?? "", fromDate: record?.fromDate ?? "", toDate: record?.toDate ?? "" }),
    prefix: record ? `me${record.id}-` : `me-new-${field}-`,
    record,
    toInput: (v) => ({ memberId, field, ...v, fromDate: v.fromDate || null, toDate: v.toDate || null }),
    create: createMentoring,
    update: updateMentoring,
    onDone,
  });
  return (
    <RecordForm form={form} label={t("mentoringForm")} columns={3}>
      <TextField label={t("mentee")} {...form.bind("mentee")} required maxLength={200} />
      <TextField label={t("from")} type="date" {...form.bind("fromDate")} />
      <TextField label={t("to")} type="date" {...form.bind("toDate")} />
    </RecordForm>
  );
}

function MentoringList({ memberId, field, perms, mentorings, names }: Props) {
  const t = useTranslations("records.contribution");
  const day = useDate();
  return (
    <div>
      <RecordList
        rows={mentorings.filter((m) => m.field === field)}
        entity="mentoring"
        perms={perms}
        names={names}
        emptyText={t("noMentoring")}
        addLabel={t("addMentoring")}
        actionLabel={(m) => t("mentoringLabel", { mentee: m.mentee })}
        renderSummary={(m) => (
          <>
            <span className="font-medium">{m.mentee}</span> · {m.fromDate ? day(m.fromDate) : "?"} –{" "}
            {m.toDate ? day(m.toDate) : t("ongoing")}
          </>
        )}
        renderForm={(m, onDone) => (
          <MentoringForm memberId={memberId} field={field} record={m ?? undefined} onDone={onDone} />
        )}
      />
    </div>
  );
}
