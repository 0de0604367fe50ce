// Import checks answer with message keys (RowError.message is a Text); tests read them as the English the page shows.
import { showRowErrors, type RowError, type ShownRowError } from "@/lib/transfer/csv";

type WithErrors = { errors: RowError[] };

/** `result` with its errors said in English (a result without errors, such as a parsed table, as it is). */
export function inEnglish<T extends object>(
  result: T,
): T extends WithErrors ? Omit<T, "errors"> & { errors: ShownRowError[] } : T {
  if (!("errors" in result)) return result as never;
  const errors = showRowErrors("en", (result as unknown as WithErrors).errors);
  return { ...result, errors } as never;
}
