// The messages the browser needs. next-intl's provider in the root layout would otherwise serialize every message
// of every namespace (66 kB in English) into every page's payload, though most text is rendered on the server.
// Client components (and the modules they import) read only the namespaces below; lib/i18n/client-messages.test.ts
// walks the client import graph and fails when one reads a namespace that is not listed here.
import type { Messages } from "./messages";

/** Namespaces, or dotted paths into them, read by code that runs in the browser. */
export const CLIENT_MESSAGE_PATHS = [
  "common",
  "auth",
  "admin.settings",
  "shell.role",
  "shell.locale",
  "forms",
  "records",
  "roster",
  "evaluation.chart",
  "gaps.charts",
  "heatmap.grid",
  "reviews.queue",
  "reviews.impact",
  "ratings.grid",
  "itss.fields",
  "itss.missing",
  "staffing",
  "rounds.client",
  "transfer.columns",
  "admin.settings",
  "ratings.currency",
] as const;

type Tree = { [key: string]: string | Tree };

/** The part of `messages` under `paths` (each a namespace or a dotted path into one), in the same shape. */
export function pickMessages(messages: Messages, paths: readonly string[] = CLIENT_MESSAGE_PATHS): Partial<Messages> {
  const out: Tree = {};
  for (const p of paths) {
    const keys = p.split(".");
    let from: string | Tree | undefined = messages as unknown as Tree;
    for (const k of keys) from = typeof from === "object" ? from[k] : undefined;
    if (from === undefined) throw new Error(`no messages at "${p}"`);
    let to = out;
    keys.slice(0, -1).forEach((k) => (to = (to[k] ??= {}) as Tree));
    to[keys[keys.length - 1]] = from;
  }
  return out as Partial<Messages>;
}
