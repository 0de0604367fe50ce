"use client";
// Professional contribution for one field: specialty areas (checklist in the standard's wording, grouped by level),
// expertise-succession achievements and mentoring, each a reviewable record.
import { useState } from "react";
import {
  createMentoring,
  createSuccession,
  saveSpecialties,
  updateMentoring,
  updateSuccession,
} from "@/lib/actions/contributions";
import type { MentoringRecord, SpecialtyRecord, SuccessionRecord } from "@/lib/db/queries/records";
import { FIELD_LABEL, SPECIALTY_AREAS, type Field } from "@/lib/itss/fields";
import { SUCCESSION_KINDS, type SuccessionKind } from "@/lib/itss/record-options";
import { specialtyLevelsOf, specialtyText, successionKindLabel } from "@/lib/itss/catalog";
import { buttonClass, ResultMessage, Select, TextInput, useAction, type Perms } from "./form-kit";
import { RecordActions } from "./record-actions";
import { StateBadge } from "./state-badge";
import { refOf, ReviewNote } from "./helpers";
import { openRevisionIds } from "@/lib/records/transitions";
import { FormButtons, RecordList } from "./record-list";

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
  return (
    <div className="space-y-6">
      <SpecialtyChecklist {...props} />
      <div>
        <h4 className="font-semibold text-slate-900">Expertise succession ({FIELD_LABEL[field]})</h4>
        <SuccessionList {...props} />
      </div>
      <div>
        <h4 className="font-semibold text-slate-900">Develops subordinates: mentoring ({FIELD_LABEL[field]})</h4>
        <MentoringList {...props} />
      </div>
    </div>
  );
}

function SpecialtyChecklist({ memberId, field, perms, specialties, names }: Props) {
  const live = specialties.filter((s) => s.field === field && !s.supersededAt);
  const byArea = new Map(live.map((s) => [s.area, s]));
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
        <legend className="font-semibold text-slate-900">Specialty areas ({FIELD_LABEL[field]})</legend>
        <p className="text-xs text-slate-600">
          A specialty listed at a higher level also satisfies the lower levels. New ticks are saved as drafts to submit
          for review.
        </p>
        {levels.map((level) => {
          const keys = (SPECIALTY_AREAS[field] as Record<number, readonly string[]>)[level].filter((k) => !seen.has(k));
          keys.forEach((k) => seen.add(k));
          if (!keys.length) return null;
          return (
            <div key={level} className="mt-3">
              <h5 className="text-sm font-medium text-slate-700">Level {level}</h5>
              <ul className="mt-1 space-y-2">
                {keys.map((k) => {
                  const rec = byArea.get(k);
                  const locked = rec && (rec.reviewState === "submitted" || rec.reviewState === "approved");
                  const id = `sp-${field}-${k}`;
                  const levelsOf = specialtyLevelsOf(field, k);
                  return (
                    <li key={k} className="flex items-start gap-2">
                      <input
                        id={id}
                        type="checkbox"
                        className="mt-1 h-4 w-4"
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
                          <span className="ml-1 text-xs text-slate-500">(listed at levels {levelsOf.join(", ")})</span>
                        ) : null}
                        {rec ? (
                          <div className="mt-1">
                            <StateBadge state={rec.reviewState} isRevision={rec.revisionOf !== null} />
                            <ReviewNote r={rec} names={names} />
                            {rec.reviewState !== "draft" && rec.reviewState !== "rejected" ? (
                              <RecordActions
                                record={refOf("specialty", rec, open)}
                                perms={perms}
                                label={`specialty ${k}`}
                              />
                            ) : null}
                            {rec.reviewState === "draft" || rec.reviewState === "rejected" ? (
                              <RecordActions
                                record={refOf("specialty", rec, open)}
                                perms={{ ...perms, write: false }}
                                label={`specialty ${k}`}
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
        <button type="submit" className={`${buttonClass} mt-3`} disabled={pending}>
          Save specialty areas
        </button>
      ) : null}
      <div className="mt-2">
        <ResultMessage result={result} />
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
  const [kind, setKind] = useState<string>(record?.kind ?? "community_activity");
  const [title, setTitle] = useState(record?.title ?? "");
  const [achievedOn, setAchievedOn] = useState(record?.achievedOn ?? "");
  const { pending, result, run, errors } = useAction();
  const prefix = record ? `su${record.id}-` : `su-new-${field}-`;
  return (
    <form
      className="mt-2 grid gap-3 rounded-lg border border-brand-100 bg-brand-50/40 p-3 sm:grid-cols-3"
      aria-label="Expertise-succession achievement"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = { memberId, field, kind, title, achievedOn: achievedOn || null };
        if (record) run(updateSuccession, { ...input, id: record.id, version: record.version }, onDone);
        else run(createSuccession, input, onDone);
      }}
    >
      <Select
        label="Kind"
        name="kind"
        prefix={prefix}
        value={kind}
        onChange={setKind}
        errors={errors}
        options={SUCCESSION_KINDS.map((k) => ({ value: k, label: successionKindLabel(k) }))}
      />
      <TextInput
        label="Title"
        name="title"
        prefix={prefix}
        value={title}
        onChange={setTitle}
        errors={errors}
        required
        maxLength={200}
      />
      <TextInput
        label="Date"
        name="achievedOn"
        type="date"
        prefix={prefix}
        value={achievedOn}
        onChange={setAchievedOn}
        errors={errors}
      />
      <FormButtons isEdit={!!record} pending={pending} result={result} onCancel={onDone} span="sm:col-span-3" />
    </form>
  );
}

function SuccessionList({ memberId, field, perms, successions, names }: Props) {
  return (
    <div>
      <RecordList
        rows={successions.filter((s) => s.field === field)}
        entity="succession"
        perms={perms}
        names={names}
        emptyText="No achievements recorded."
        addLabel="Add an achievement"
        actionLabel={(s) => `achievement ${s.title}`}
        renderSummary={(s) => (
          <>
            <span className="font-medium">{s.title}</span> — {successionKindLabel(s.kind as SuccessionKind)}
            {s.achievedOn ? ` · ${s.achievedOn}` : ""}
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
  const [mentee, setMentee] = useState(record?.mentee ?? "");
  const [fromDate, setFrom] = useState(record?.fromDate ?? "");
  const [toDate, setTo] = useState(record?.toDate ?? "");
  const { pending, result, run, errors } = useAction();
  const prefix = record ? `me${record.id}-` : `me-new-${field}-`;
  return (
    <form
      className="mt-2 grid gap-3 rounded-lg border border-brand-100 bg-brand-50/40 p-3 sm:grid-cols-3"
      aria-label="Mentoring"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = { memberId, field, mentee, fromDate: fromDate || null, toDate: toDate || null };
        if (record) run(updateMentoring, { ...input, id: record.id, version: record.version }, onDone);
        else run(createMentoring, input, onDone);
      }}
    >
      <TextInput
        label="Mentee"
        name="mentee"
        prefix={prefix}
        value={mentee}
        onChange={setMentee}
        errors={errors}
        required
        maxLength={200}
      />
      <TextInput
        label="From"
        name="fromDate"
        type="date"
        prefix={prefix}
        value={fromDate}
        onChange={setFrom}
        errors={errors}
      />
      <TextInput label="To" name="toDate" type="date" prefix={prefix} value={toDate} onChange={setTo} errors={errors} />
      <FormButtons isEdit={!!record} pending={pending} result={result} onCancel={onDone} span="sm:col-span-3" />
    </form>
  );
}

function MentoringList({ memberId, field, perms, mentorings, names }: Props) {
  return (
    <div>
      <RecordList
        rows={mentorings.filter((m) => m.field === field)}
        entity="mentoring"
        perms={perms}
        names={names}
        emptyText="No mentoring recorded."
        addLabel="Add mentoring"
        actionLabel={(m) => `mentoring of ${m.mentee}`}
        renderSummary={(m) => (
          <>
            <span className="font-medium">{m.mentee}</span> · {m.fromDate ?? "?"} – {m.toDate ?? "ongoing"}
          </>
        )}
        renderForm={(m, onDone) => (
          <MentoringForm memberId={memberId} field={field} record={m ?? undefined} onDone={onDone} />
        )}
      />
    </div>
  );
}
