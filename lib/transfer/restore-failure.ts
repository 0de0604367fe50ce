// What the restore form says when POST /api/admin/import.json refuses: the API answers in English (a contract,
// docs/api.md), so the form says the answer's status in the reader's language instead (forms.restore.failed.*).
// Pure: shared by the route (its size limit) and the form.

/** The largest export the restore route reads. */
export const MAX_RESTORE_BYTES = 50_000_000;

export type RestoreFailure =
  | { key: "invalidFile" | "signedOut" | "notAllowed" | "notEmpty" | "unavailable" }
  | { key: "tooLarge"; values: { limit: number } }
  | { key: "other"; values: { status: number } };

/** The message for a refused restore, by the route's status (415 is a wrong content type: the form never sends one). */
export function restoreFailure(status: number): RestoreFailure {
  switch (status) {
    case 400:
      return { key: "invalidFile" };
    case 401:
      return { key: "signedOut" };
    case 403:
      return { key: "notAllowed" };
    case 409:
      return { key: "notEmpty" };
    case 413:
      return { key: "tooLarge", values: { limit: MAX_RESTORE_BYTES / 1_000_000 } };
    case 503:
      return { key: "unavailable" };
    default:
      return { key: "other", values: { status } };
  }
}
