// The one look of a drop-down: <Select> takes its <option>s (and <optgroup>s) as children. A labelled select with its
// error and a list of options is SelectField in components/forms/fields.tsx.
import type { SelectHTMLAttributes } from "react";
import { controlClass, type ControlStyle } from "./input";

export function Select({
  invalid,
  inline,
  size,
  className,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> & ControlStyle) {
  return <select className={controlClass({ invalid, inline, size, className })} {...props} />;
}
