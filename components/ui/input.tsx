// The one look of a text control: <Input> and <Textarea> (and `controlClass` for <Select>). A labelled field with its
// error is components/forms/fields.tsx; these are for controls that sit inside a <label> of their own (filters).
import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";

const BASE =
  "rounded-md border bg-white text-sm text-slate-900 focus:border-brand-700 focus:outline-none focus:ring-1 focus:ring-brand-700 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600";

export type ControlStyle = {
  /** Red border: the field's value was refused (set aria-invalid too). */
  invalid?: boolean;
  /** Sized by its content or `className` instead of the full width of its box. */
  inline?: boolean;
  /** sm: a compact control in a toolbar or a table's footer. */
  size?: "sm" | "md";
  className?: string;
};

export function controlClass({
  invalid = false,
  inline = false,
  size = "md",
  className = "",
}: ControlStyle = {}): string {
  const padding = size === "sm" ? "px-2 py-1" : "px-3 py-1.5";
  return `${BASE} ${padding} ${invalid ? "border-red-600" : "border-slate-400"} ${inline ? "" : "block w-full"} ${className}`
    .replace(/\s+/g, " ")
    .trim();
}

export function Input({ invalid, inline, className, ...props }: InputHTMLAttributes<HTMLInputElement> & ControlStyle) {
  return <input className={controlClass({ invalid, inline, className })} {...props} />;
}

export function Textarea({
  invalid,
  inline,
  size,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & ControlStyle) {
  return <textarea className={controlClass({ invalid, inline, size, className })} {...props} />;
}

/** A file chooser: the browser's control, its button in the kit's colours. */
export function FileInput({ className = "", ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <input
      type="file"
      className={`block text-sm text-slate-800 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-medium file:text-brand-900 hover:file:bg-brand-100 ${className}`.trim()}
      {...props}
    />
  );
}
