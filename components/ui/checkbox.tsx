// The one look of a checkbox and a radio button. A list of them under a legend is CheckboxGroup / ChoiceList in
// components/forms/fields.tsx.
import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type">;
const BOX = "h-4 w-4 shrink-0 border-slate-400 accent-brand-700 disabled:cursor-not-allowed";

export function Checkbox({ className = "", ...props }: Props) {
  return <input type="checkbox" className={`${BOX} rounded ${className}`.trim()} {...props} />;
}

export function Radio({ className = "", ...props }: Props) {
  return <input type="radio" className={`${BOX} ${className}`.trim()} {...props} />;
}
