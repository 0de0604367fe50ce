"use client";
// The organisation's settings form (administrators): what counts toward targets.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Radio } from "@/components/ui/checkbox";
import { updateOrganisationSettings } from "@/lib/actions/settings";

export function SettingsForm({ settings }: { settings: { countSelfRatings: boolean; version: number } }) {
  const t = useTranslations("admin.settings");
  const options = [
    { value: "false", label: t("leadOnly"), hint: t("leadOnlyHint") },
    { value: "true", label: t("withSelf"), hint: t("withSelfHint") },
  ];
  return (
    <ActionForm action={updateOrganisationSettings} hidden={{ version: settings.version }} submitLabel={t("save")}>
      <fieldset className="space-y-3">
        <legend className="font-semibold text-slate-900">{t("countingTitle")}</legend>
        <p className="text-sm text-slate-600">{t("countingText")}</p>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <Radio
              name="countSelfRatings"
              value={o.value}
              defaultChecked={String(settings.countSelfRatings) === o.value}
              className="mt-1"
            />
            <span>
              <span className="font-medium text-slate-900">{o.label}</span>
              <span className="block text-slate-600">{o.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}
