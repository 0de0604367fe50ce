// Runs once when the server starts (Next's instrumentation hook): on Node, 500s caused by a database outage that
// began mid-request go out as 503 (lib/http/outage-status.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { answerOutagesWith503 } = await import("./lib/http/outage-status");
    answerOutagesWith503();
  }
}
