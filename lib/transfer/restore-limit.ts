// The largest upload POST /api/admin/import.json reads: LEVELBOARD_RESTORE_MAX_MB megabytes (1 MB = 1,000,000 bytes),
// 50 unless set. The command line (`npm run admin -- restore FILE`) has no limit: both stream the file.
import "server-only";

export const DEFAULT_RESTORE_MAX_MB = 50;

/** The setting, checked: a whole number of megabytes from 1 to 1,000,000 (a clear error naming it otherwise). */
export function restoreMaxMb(value = process.env.LEVELBOARD_RESTORE_MAX_MB): number {
  if (value === undefined || value.trim() === "") return DEFAULT_RESTORE_MAX_MB;
  const mb = Number(value);
  if (!Number.isInteger(mb) || mb < 1 || mb > 1_000_000)
    throw new Error(`LEVELBOARD_RESTORE_MAX_MB must be a whole number of megabytes from 1 to 1000000, not "${value}".`);
  return mb;
}
