// What the restore form says when POST /api/admin/import.json refuses: the API answers in English (a contract,
// docs/api.md), so the form says the answer's status in the reader's language instead (forms.restore.failed.*).
// Pure: the form's. The size limit is the server's setting (LEVELBOARD_RESTORE_MAX_MB, lib/transfer/restore-limit.ts),
// which the page hands to the form.

export type RestoreFailure =
  | { key: "invalidFile" | "signedOut" | "notAllowed" | "notEmpty" | "unavailable" }
  | { key: "tooLarge"; values: { limit: number } }
  | { key: "other"; values: { status: number } };

/** The message for a refused restore, by the route's status (415 is a wrong content type: the form never sends one). */
export function restoreFailure(status: number, limitMb: number): RestoreFailure {
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
      return { key: "tooLarge", values: { limit: limitMb } };
    case 503:
      return { key: "unavailable" };
    default:
      return { key: "other", values: { status } };
  }
}
