// FormData → the plain object a server action's zod schema expects (browser- and server-safe).

/** Keys listed in `arrays` become lists (also when empty); every other key takes its first value. */
export function formToObject(form: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields for progressive enhancement
    const values = form.getAll(key).map((v) => (typeof v === "string" ? v : v.name));
    out[key] = arrays.includes(key) ? values : values[0];
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}
