// The one case proxy.ts cannot answer: a request already rendering when the database went away. Its page fails
// in a layout and Next answers 500 with the error page (error boundaries cannot set a status). While the database is
// suspect (a pooled connection dropped and no probe has succeeded since), or a connection failed in the last few
// seconds (requests that began in the outage finish just after it), such a 500 goes out as 503 with Retry-After
// instead; the error page itself then says the database cannot be reached (useDatabaseOutage).
import { ServerResponse } from "node:http";
import { hadDatabaseTrouble, RETRY_AFTER_SECONDS } from "../db/health";

/** A 500 this soon after a connection failed is taken for the outage's. */
const TROUBLE_WINDOW_MS = 5000;

const PATCHED = Symbol.for("levelboard.outageStatus");

export function answerOutagesWith503(): void {
  const proto = ServerResponse.prototype as ServerResponse & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const writeHead = proto.writeHead;
  proto.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && hadDatabaseTrouble(TROUBLE_WINDOW_MS)) {
      status = 503;
      if (typeof rest[0] === "string") rest[0] = "Service Unavailable";
      if (!this.headersSent) this.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof proto.writeHead;
}
