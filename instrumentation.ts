// Runs once when the server starts (Next's instrumentation hook), on Node only, never during `next build`: 500s
// caused by a database outage that began mid-request go out as 503 (lib/http/outage-status.ts); on the embedded
// database the server announces that it holds it (lib/db/embedded-holder.ts, so `npm run jobs` refuses); and the
// time-based jobs start (lib/jobs/server-runner.ts: at start, then hourly; the ticks every 5 s; LEVELBOARD_JOBS=off).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { answerOutagesWith503 } = await import("./lib/http/outage-status");
  answerOutagesWith503();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) {
    const { dataDir } = await import("./lib/db/client");
    const { holdEmbeddedDatabase } = await import("./lib/db/embedded-holder");
    if (!(await holdEmbeddedDatabase(dataDir())))
      console.error(`levelboard: another process already serves the embedded database in ${dataDir()}.`);
  }
  const { startServerJobs } = await import("./lib/jobs/server-runner");
  await startServerJobs();
}
