// Talks to the production server the way the browser does: signs in through the login form's server action (the
// session cookie kept), calls server actions by the id in the build's server-reference-manifest with React's encoding
// of the arguments, and reads the action's result out of the RSC answer.
import { readFileSync } from "node:fs";
import path from "node:path";

/** Action ids by "file#export", from .next/server/server-reference-manifest.json. */
export function loadActionIds(root: string): Map<string, string> {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

export function actionId(ids: Map<string, string>, file: string, name: string): string {
  const id = ids.get(`${file}#${name}`);
  if (!id) throw new Error(`no server action ${file}#${name} in the build's manifest (build again?)`);
  return id;
}

/**
 * A fetch dispatcher whose connections leave from `localAddress` (on Linux every 127.x.y.z is the loopback): each
 * session behind the bench's proxy gets its own client address, as browsers have, so TRUST_PROXY's per-address
 * sign-in limit (50) counts each session apart. Node's fetch is undici; its Agent is reached through the global
 * dispatcher (undici's own cross-version key), not a package of its own.
 */
export async function dispatcherFrom(localAddress: string): Promise<object> {
  const key = Symbol.for("undici.globalDispatcher.1");
  const global = globalThis as unknown as Record<symbol, object | undefined>;
  if (!global[key]) await (await fetch("data:,")).text(); // loads undici, which installs its global Agent
  const Agent = global[key]?.constructor as (new (options: object) => object) | undefined;
  if (!Agent) throw new Error("this Node's fetch has no undici global dispatcher to take the Agent from");
  return new Agent({ localAddress });
}

/** A session: the cookies the server set, sent back on every request (over its own dispatcher when given one). */
export class CookieJar {
  private cookies = new Map<string, string>();
  /** spread into every fetch of the session: its dispatcher, if any */
  readonly via: RequestInit;
  constructor(dispatcher?: object) {
    this.via = (dispatcher ? { dispatcher } : {}) as RequestInit;
  }
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(prefix: string): boolean {
    return [...this.cookies.keys()].some((k) => k.includes(prefix));
  }
}

/** The value a server action returned, out of its RSC answer (`0:{"a":"$@1",…}` then `1:<result>`). */
export function parseActionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  const root = rows.get("0");
  if (!root) throw new Error(`not an action answer: ${text.slice(0, 120)}`);
  const ref = (JSON.parse(root) as { a?: unknown }).a;
  if (typeof ref !== "string" || !ref.startsWith("$@")) return ref;
  const chunk = rows.get(ref.slice(2));
  if (chunk === undefined) throw new Error(`action answer without its result chunk: ${text.slice(0, 120)}`);
  return JSON.parse(chunk, (_k, v) => (v === "$undefined" ? undefined : v));
}

export type ActionAnswer = { status: number; result?: unknown; text?: string };

/**
 * Calls a server action with JSON-able arguments, as React's `encodeReply` sends them (a text/plain JSON body when
 * no argument is a FormData or Blob) to the page that shows the form.
 */
export async function callAction(
  base: string,
  jar: CookieJar,
  id: string,
  page: string,
  args: unknown[],
  signal?: AbortSignal,
): Promise<ActionAnswer> {
  const res = await fetch(base + page, {
    ...jar.via,
    method: "POST",
    headers: {
      "next-action": id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      cookie: jar.header(),
      origin: base,
    },
    body: JSON.stringify(args),
    redirect: "manual",
    signal,
  });
  jar.take(res);
  const text = await res.text();
  if (res.status !== 200 || !(res.headers.get("content-type") ?? "").includes("text/x-component"))
    return { status: res.status, text };
  return { status: res.status, result: parseActionResult(text) };
}

/**
 * Signs in through the login form's action (`useActionState(login)`): React posts `[prevState, formData]` as
 * multipart, the FormData's fields under the prefix `_1_`, the arguments as field `0`. Success is the session cookie
 * and the action's redirect; a refusal is the form's message (`error`, in English: no Accept-Language).
 */
export async function trySignIn(
  base: string,
  loginId: string,
  email: string,
  password: string,
  jar = new CookieJar(),
): Promise<{ jar: CookieJar; signedIn: boolean; status: number; error?: string }> {
  const page = await fetch(`${base}/login`, { ...jar.via, redirect: "manual" }); // as a browser opens it first
  jar.take(page);
  await page.arrayBuffer();
  const form = new FormData();
  form.append("_1_callbackUrl", "/");
  form.append("_1_email", email);
  form.append("_1_password", password);
  form.append("0", JSON.stringify([{}, "$K1"]));
  const res = await fetch(`${base}/login`, {
    ...jar.via,
    method: "POST",
    headers: { "next-action": loginId, accept: "text/x-component", cookie: jar.header(), origin: base },
    body: form,
    redirect: "manual",
  });
  jar.take(res);
  const text = await res.text();
  if (jar.has("session-token")) return { jar, signedIn: true, status: res.status };
  let error: string | undefined;
  try {
    error = (parseActionResult(text) as { error?: string } | undefined)?.error;
  } catch {
    /* not an action answer: the status says it */
  }
  return { jar, signedIn: false, status: res.status, error };
}

export async function signIn(
  base: string,
  loginId: string,
  email: string,
  password: string,
  jar = new CookieJar(),
): Promise<CookieJar> {
  const res = await trySignIn(base, loginId, email, password, jar);
  if (!res.signedIn)
    throw new Error(`sign-in of ${email} failed (status ${res.status}${res.error ? `: ${res.error}` : ""})`);
  return jar;
}
