"use client";
// ITEE exams passed and other certifications; certifications expired or expiring within 90 days are flagged.
import { useState } from "react";
import { createExam, updateExam } from "@/lib/actions/exams";
import { createCertification, updateCertification } from "@/lib/actions/certifications";
import type { CertificationRecord, ExamRecord } from "@/lib/db/queries/records";
import { EXAMS, type Exam } from "@/lib/itss/record-options";
import { examLabel } from "@/lib/itss/catalog";
import { Select, TextInput, useAction, type Perms } from "./form-kit";
import { FormButtons, RecordList, useSharedEditing } from "./record-list";

type Props = {
  memberId: number;
  perms: Perms;
  names: Record<number, string>;
  exams: ExamRecord[];
  certifications: CertificationRecord[];
  today: string;
};

function ExamForm({ memberId, record, onDone }: { memberId: number; record?: ExamRecord; onDone: () => void }) {
  const [exam, setExam] = useState<string>(record?.exam ?? "FE");
  const [passedOn, setPassedOn] = useState(record?.passedOn ?? "");
  const { pending, result, run, errors } = useAction();
  const prefix = record ? `ex${record.id}-` : "ex-new-";
  return (
    <form
      className="mt-2 grid gap-3 rounded-lg border border-brand-100 bg-brand-50/40 p-3 sm:grid-cols-2"
      aria-label="ITEE exam"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = { memberId, exam, passedOn };
        if (record) run(updateExam, { ...input, id: record.id, version: record.version }, onDone);
        else run(createExam, input, onDone);
      }}
    >
      <Select
        label="Exam"
        name="exam"
        prefix={prefix}
        value={exam}
        onChange={setExam}
        errors={errors}
        options={EXAMS.map((x) => ({ value: x, label: `${x} — ${examLabel(x)}` }))}
      />
      <TextInput
        label="Date passed"
        name="passedOn"
        type="date"
        prefix={prefix}
        value={passedOn}
        onChange={setPassedOn}
        errors={errors}
        required
      />
      <FormButtons isEdit={!!record} pending={pending} result={result} onCancel={onDone} span="sm:col-span-2" />
    </form>
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
  const [name, setName] = useState(record?.name ?? "");
  const [issuer, setIssuer] = useState(record?.issuer ?? "");
  const [obtainedOn, setObtained] = useState(record?.obtainedOn ?? "");
  const [expiresOn, setExpires] = useState(record?.expiresOn ?? "");
  const { pending, result, run, errors } = useAction();
  const prefix = record ? `ce${record.id}-` : "ce-new-";
  return (
    <form
      className="mt-2 grid gap-3 rounded-lg border border-brand-100 bg-brand-50/40 p-3 sm:grid-cols-2"
      aria-label="Certification"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = { memberId, name, issuer, obtainedOn: obtainedOn || null, expiresOn: expiresOn || null };
        if (record) run(updateCertification, { ...input, id: record.id, version: record.version }, onDone);
        else run(createCertification, input, onDone);
      }}
    >
      <TextInput
        label="Certification"
        name="name"
        prefix={prefix}
        value={name}
        onChange={setName}
        errors={errors}
        required
        maxLength={200}
      />
      <TextInput
        label="Issuer"
        name="issuer"
        prefix={prefix}
        value={issuer}
        onChange={setIssuer}
        errors={errors}
        maxLength={200}
      />
      <TextInput
        label="Obtained"
        name="obtainedOn"
        type="date"
        prefix={prefix}
        value={obtainedOn}
        onChange={setObtained}
        errors={errors}
      />
      <TextInput
        label="Expires"
        name="expiresOn"
        type="date"
        prefix={prefix}
        value={expiresOn}
        onChange={setExpires}
        errors={errors}
      />
      <FormButtons isEdit={!!record} pending={pending} result={result} onCancel={onDone} span="sm:col-span-2" />
    </form>
  );
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function ExpiryFlag({ expiresOn, today }: { expiresOn: string | null; today: string }) {
  if (!expiresOn) return null;
  if (expiresOn < today)
    return (
      <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800">
        Expired {expiresOn}
      </span>
    );
  if (expiresOn <= addDays(today, 90))
    return (
      <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
        Expires soon: {expiresOn}
      </span>
    );
  return <span className="text-xs text-slate-600">Valid until {expiresOn}</span>;
}

export function ExamsSection({ memberId, perms, names, exams, certifications, today }: Props) {
  // One form open at a time across both lists, as before.
  const editing = useSharedEditing<"exam" | "certification">();
  const spacing = { emptyClassName: "mt-2 text-sm text-slate-600", listClassName: "mt-2 space-y-2" };
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div>
        <h4 className="font-semibold text-slate-900">ITEE exams passed</h4>
        <p className="text-xs text-slate-600">
          IP gives level 1, FE level 2, AP or an advanced exam level 3 in every field.
        </p>
        <RecordList
          rows={exams}
          entity="exam"
          perms={perms}
          names={names}
          {...spacing}
          {...editing("exam")}
          emptyText="No exams recorded."
          addLabel="Add an exam"
          actionLabel={(x) => `exam ${x.exam}`}
          renderSummary={(x) => (
            <>
              <span className="font-medium">{x.exam}</span> — {examLabel(x.exam as Exam)} · passed {x.passedOn ?? "?"}
            </>
          )}
          renderForm={(x, onDone) => <ExamForm memberId={memberId} record={x ?? undefined} onDone={onDone} />}
        />
      </div>
      <div>
        <h4 className="font-semibold text-slate-900">Other certifications</h4>
        <p className="text-xs text-slate-600">
          Not part of the ITSS level; expired ones and those expiring within 90 days are flagged.
        </p>
        <RecordList
          rows={certifications}
          entity="certification"
          perms={perms}
          names={names}
          {...spacing}
          {...editing("certification")}
          emptyText="No certifications recorded."
          addLabel="Add a certification"
          actionLabel={(c) => `certification ${c.name}`}
          renderSummary={(c) => (
            <>
              <span className="font-medium">{c.name}</span>
              {c.issuer ? ` · ${c.issuer}` : ""}
              {c.obtainedOn ? ` · obtained ${c.obtainedOn}` : ""}
            </>
          )}
          renderFlag={(c) => <ExpiryFlag expiresOn={c.expiresOn} today={today} />}
          renderForm={(c, onDone) => <CertificationForm memberId={memberId} record={c ?? undefined} onDone={onDone} />}
        />
      </div>
    </div>
  );
}
