"use client";
// The one scope picker of the aggregate views (heatmap, gaps, targets, staffing). Inside a GET form it submits the
// one spelling, `teamId=ID` or `departmentId=ID` (nothing = the reader's default scope). Without JavaScript the select
// itself is submitted as `scope=team:ID`, which the page redirects once to the same spelling. With `onChange` it is
// a controlled field of a client form (the staffing need) and submits nothing itself.
import { useState, useSyncExternalStore } from "react";
import { fromPickerValue } from "@/lib/search-params/scope";
import { Select } from "@/components/ui/select";

/** value: "" (the default scope), "department:ID" or "team:ID" (lib/search-params/scope.ts pickerValue). */
export type ScopeChoice = { value: string; label: string; group?: string };

const subscribeNothing = () => () => {};

export function ScopePicker({
  id,
  label,
  choices,
  value,
  onChange,
  hint,
  className,
}: {
  id: string;
  label: string;
  choices: ScopeChoice[];
  value: string;
  onChange?: (value: string) => void;
  hint?: string;
  className?: string;
}) {
  const [picked, setPicked] = useState(value);
  // False on the server and while hydrating, true once the script runs: only then does the select lose its name.
  const scripted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const current = onChange ? value : picked;
  const scope = fromPickerValue(current);
  const groups = [...new Set(choices.map((c) => c.group ?? ""))];
  const options = (g: string) =>
    choices
      .filter((c) => (c.group ?? "") === g)
      .map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ));
  return (
    <div className={className ?? "text-sm"}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <Select
        id={id}
        name={onChange || scripted ? undefined : "scope"}
        value={current}
        onChange={(e) => (onChange ? onChange(e.target.value) : setPicked(e.target.value))}
      >
        {groups.map((g) =>
          g ? (
            <optgroup key={g} label={g}>
              {options(g)}
            </optgroup>
          ) : (
            options(g)
          ),
        )}
      </Select>
      {!onChange && scripted && scope.teamId !== null ? (
        <input type="hidden" name="teamId" value={scope.teamId} />
      ) : null}
      {!onChange && scripted && scope.departmentId !== null ? (
        <input type="hidden" name="departmentId" value={scope.departmentId} />
      ) : null}
      {hint ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
    </div>
  );
}
