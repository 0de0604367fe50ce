"use client";
// The quick update: a field's 7 skill items on one form, pre-filled with the current ratings (the member's own, or the
// lead's), each showing the standard's description of the chosen level as it changes; "still accurate" confirms a
// rating as it is. One submit writes all of it in one transaction (lib/actions/rounds.ts saveQuickUpdate).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveQuickUpdate } from "@/lib/actions/rounds";
import { MAX_LEVEL, type Field, type SkillItem } from "@/lib/itss/fields";
import { skillItem, skillLevelDescription } from "@/lib/itss/catalog";
import { CheckboxField, SelectField } from "@/components/forms/fields";
import { FieldErrors } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { useDate } from "@/components/records/use-date";

export type QuickItem = { item: SkillItem; level: number | null; ratedOn: string | null; version: number | null };

export function QuickUpdateForm({
  memberId,
  field,
  rater,
  items,
}: {
  memberId: number;
  field: Field;
  rater: "self" | "lead";
  items: QuickItem[];
}) {
  const t = useTranslations("rounds.client");
  const day = useDate();
  const router = useRouter();
  const { pending, result, run, errors } = useAction();
  const loaded = items.map((i) => `${i.item}:${i.version}`).join(",");
  const [levels, setLevels] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(items.map((i) => [i.item, i.level])),
  );
  const [confirmed, setConfirmed] = useState<Record<string, boolean>>({});
  // After a save the page re-reads the ratings (new versions): start again from them, keeping the answer shown.
  const [seen, setSeen] = useState(loaded);
  if (seen !== loaded) {
    setSeen(loaded);
    setLevels(Object.fromEntries(items.map((i) => [i.item, i.level])));
    setConfirmed({});
  }
  const changed = items.filter((i) => !confirmed[i.item] && levels[i.item] !== i.level).length;
  const kept = items.filter((i) => confirmed[i.item]).length;
  const levelOptions = Array.from({ length: MAX_LEVEL[field] }, (_, i) => i + 1).map((n) => ({
    value: String(n),
    label: t("levelN", { level: n }),
  }));
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          saveQuickUpdate,
          {
            memberId,
            field,
            rater,
            items: items.map((i) => ({
              item: i.item,
              level: confirmed[i.item] ? i.level : levels[i.item],
              confirmed: !!confirmed[i.item],
              version: i.version,
            })),
          },
          () => router.refresh(),
        );
      }}
    >
      <FieldErrors errors={errors}>
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((i, index) => {
            const name = skillItem(field, i.item).name;
            const level = confirmed[i.item] ? i.level : levels[i.item];
            const description = level === null ? null : skillLevelDescription(field, i.item, level);
            return (
              <li key={i.item} className="grid gap-3 p-4 md:grid-cols-[16rem_1fr]">
                <div className="min-w-0">
                  <h2 className="font-semibold text-slate-900">{name}</h2>
                  <p className="mt-0.5 text-xs text-slate-600">
                    {i.level !== null && i.ratedOn
                      ? t("current", { level: i.level, date: day(i.ratedOn) })
                      : t("notRated")}
                  </p>
                  <SelectField
                    className="mt-2"
                    name={`items.${index}.level`}
                    label={t("chooseLevel", { item: name })}
                    options={levelOptions}
                    placeholder={i.level === null ? "—" : undefined}
                    value={level === null ? "" : String(level)}
                    disabled={!!confirmed[i.item]}
                    onChange={(v) => setLevels((l) => ({ ...l, [i.item]: v === "" ? null : Number(v) }))}
                  />
                  {i.level !== null ? (
                    <CheckboxField
                      className="mt-2"
                      label={t("stillAccurate")}
                      checked={!!confirmed[i.item]}
                      onChange={(on) => setConfirmed((c) => ({ ...c, [i.item]: on }))}
                    />
                  ) : null}
                </div>
                <p className="min-w-0 text-sm text-slate-700" aria-live="polite" data-testid={`description-${i.item}`}>
                  {description ?? t("noDescription")}
                </p>
              </li>
            );
          })}
        </ol>
        <p className="text-sm text-slate-600" aria-live="polite">
          {t("summary", { changed, confirmed: kept, left: items.length - changed - kept })}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={pending}>{t("save")}</SubmitButton>
          <FormMessage result={result} />
        </div>
      </FieldErrors>
    </form>
  );
}
