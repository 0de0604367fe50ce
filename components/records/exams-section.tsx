"use client";
// ITEE exams passed and other certifications; certifications expired or expiring within 90 days are flagged.
import { useTranslations } from "next-intl";
import { createExam, updateExam } from "@/lib/actions/exams";
import { createCertification, updateCertification } from "@/lib/actions/certifications";
import type { CertificationRecord, ExamRecord } from "@/lib/db/queries/records";
import { EXAMS, type Exam } from "@/lib/itss/record-options";
import { examLabel } from "@/lib/itss/catalog";
import { SelectField, TextField } from "@/components/forms/fields";
import type { Perms } from "./record-actions";
import { RecordList, useSharedEditing } from "./record-list";
import { RecordForm, useRecordForm } from "./record-form";
import { useDate } from "./use-date";

type Props = {
  memberId: number;
  perms: Perms;
  names: Record<number, string>;
  exams: ExamRecord[];
  certifications: CertificationRecord[];
  today: string;
};

function ExamForm({ memberId, record, onDone }: { memberId: number; record?: ExamRecord; onDone: () => void }) {
  const t = useTranslations("records.exams");
  const form = useRecordForm({
    initial: () => ({ exam: record?.exam ?? "FE", passedOn: record?.passedOn ?? "" }),
    prefix: record ? `ex${record.id}-` : "ex-new-",
    record,
    toInput: (v) => ({ memberId, ...v }),
    create: createExam,
    update: updateExam,
    onDone,
  });
  return (
    <RecordForm form={form} label={t("examForm")} columns={2}>
      <SelectField
        label={t("exam")}
        {...form.bind("exam")}
        options={EXAMS.map((x) => ({ value: x, label: `${x} — ${examLabel(x)}` }))}
      />
      <TextField label={t("passedOn")} type="date" {...form.bind("passedOn")} required />
    </RecordForm>
  );
}

function CertificationForm({
  memberId,
  record,
  onDone,
}: {
  memberId: number;
  record?: CertificationRecord;
  onDone: () => void;
}) {
  const t = useTranslations("records.exams");
  const form = useRecordForm({
    initial: () => ({
      name: record?.name ?? "",
      issuer: record?.issuer ?? "",
      obtainedOn: record?.obtainedOn ?? "",
      expiresOn: record?.expiresOn ?? "",
    }),
    prefix: record ? `ce${record.id}-` : "ce-new-",
    record,
    toInput: (v) => ({ memberId, ...v, obtainedOn: v.obtainedOn || null, expiresOn: v.expiresOn || null }),
    create: createCertification,
    update: updateCertification,
    onDone,
  });
  return (
    <RecordForm form={form} label={t("certificationForm")} columns={2}>
      <TextField label={t("certification")} {...form.bind("name")} required maxLength={200} />
      <TextField label={t("issuer")} {...form.bind("issuer")} maxLength={200} />
      <TextField label={t("obtained")} type="date" {...form.bind("obtainedOn")} />
      <TextField label={t("expires")} type="date" {...form.bind("expiresOn")} />
    </RecordForm>
  );
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function ExpiryFlag({ expiresOn, today }: { expiresOn: string | null; today: string }) {
  const t = useTranslations("records.exams");
  const day = useDate();
  if (!expiresOn) return null;
  if (expiresOn < today)
    return (
      <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800">
        {t("expired", { date: day(expiresOn) })}
      </span>
    );
  if (expiresOn <= addDays(today, 90))
    return (
      <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
        {t("expiresSoon", { date: day(expiresOn) })}
      </span>
    );
  return <span className="text-xs text-slate-600">{t("validUntil", { date: day(expiresOn) })}</span>;
}

export function ExamsSection({ memberId, perms, names, exams, certifications, today }: Props) {
  const t = useTranslations("records.exams");
  const day = useDate();
  // One form open at a time across both lists, as before.
  const editing = useSharedEditing<"exam" | "certification">();
  const spacing = { emptyClassName: "mt-2 text-sm text-slate-600", listClassName: "mt-2 space-y-2" };
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div>
        <h3 className="font-semibold text-slate-900">{t("title")}</h3>
        <p className="text-xs text-slate-600">{t("note")}</p>
        <RecordList
          rows={exams}
          entity="exam"
          perms={perms}
          names={names}
          {...spacing}
          {...editing("exam")}
          emptyText={t("none")}
          addLabel={t("add")}
          actionLabel={(x) => t("actionLabel", { exam: x.exam })}
          renderSummary={(x) => (
            <>
              <span className="font-medium">{x.exam}</span> — {examLabel(x.exam as Exam)} ·{" "}
              {t("passed", { date: x.passedOn ? day(x.passedOn) : "?" })}
            </>
          )}
          renderForm={(x, onDone) => <ExamForm memberId={memberId} record={x ?? undefined} onDone={onDone} />}
        />
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">{t("certificationsTitle")}</h3>
        <p className="text-xs text-slate-600">{t("certificationsNote")}</p>
        <RecordList
          rows={certifications}
          entity="certification"
          perms={perms}
          names={names}
          {...spacing}
          {...editing("certification")}
          emptyText={t("noCertifications")}
          addLabel={t("addCertification")}
          actionLabel={(c) => t("certificationLabel", { name: c.name })}
          renderSummary={(c) => (
            <>
              <span className="font-medium">{c.name}</span>
              {c.issuer ? ` · ${c.issuer}` : ""}
              {c.obtainedOn ? ` · ${t("obtainedOn", { date: day(c.obtainedOn) })}` : ""}
            </>
          )}
          renderFlag={(c) => <ExpiryFlag expiresOn={c.expiresOn} today={today} />}
          renderForm={(c, onDone) => <CertificationForm memberId={memberId} record={c ?? undefined} onDone={onDone} />}
        />
      </div>
    </div>
  );
}
