// The browser gets only CLIENT_MESSAGE_PATHS (client-messages.ts). This test finds every module that runs in the
// browser — files marked "use client" and everything they import, statically or through import() — and fails when
// one asks useTranslations for a namespace outside those paths (its text would be missing on screen), or for one
// the test cannot read (a computed namespace).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { CLIENT_MESSAGE_PATHS, pickMessages } from "./client-messages";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Value imports of a module (type-only imports do not run in the browser). */
function importsOf(file: string, text: string): string[] {
  const specs = [
    ...[...text.matchAll(/^\s*import\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*export\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]),
    ...[...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
  ];
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => !!f && /\.tsx?$/.test(f));
}

function clientModules(): Map<string, string> {
  const texts = new Map(
    SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d))).map((f) => [f, readFileSync(f, "utf8")]),
  );
  const client = new Map<string, string>();
  const queue = [...texts].filter(([, t]) => /^\s*["']use client["']/.test(t)).map(([f]) => f);
  while (queue.length) {
    const file = queue.pop()!;
    if (client.has(file)) continue;
    const text = texts.get(file) ?? readFileSync(file, "utf8");
    client.set(file, text);
    queue.push(...importsOf(file, text));
  }
  return client;
}

const covered = (ns: string) => CLIENT_MESSAGE_PATHS.some((p) => ns === p || ns.startsWith(`${p}.`));

describe("messages sent to the browser", () => {
  const client = clientModules();

  it("finds the client modules (the walk works)", () => {
    const names = [...client.keys()].map((f) => path.relative(root, f));
    expect(names).toContain("components/shell/locale-picker.tsx");
    expect(names.length).toBeGreaterThan(30);
  });

  it("cover every namespace a client module asks useTranslations for", () => {
    const missing: string[] = [];
    const unreadable: string[] = [];
    for (const [file, text] of client) {
      for (const m of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const arg = m[1].trim();
        const literal = /^["']([\w.]+)["']$/.exec(arg);
        if (!literal) unreadable.push(`${path.relative(root, file)}: useTranslations(${arg})`);
        else if (!covered(literal[1])) missing.push(`${path.relative(root, file)}: "${literal[1]}"`);
      }
    }
    expect(unreadable).toEqual([]);
    expect(missing).toEqual([]);
  });

  it("hold the same keys in every language, and much less than all messages", () => {
    const en = pickMessages(MESSAGES.en);
    const ja = pickMessages(MESSAGES.ja);
    const keys = (o: unknown, prefix = ""): string[] =>
      typeof o === "object" && o
        ? Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    expect(keys(ja)).toEqual(keys(en));
    expect(JSON.stringify(en).length).toBeLessThan(JSON.stringify(MESSAGES.en).length / 2);
  });

  it("picks nested paths in the messages' shape", () => {
    const picked = pickMessages(MESSAGES.en, ["shell.role", "common"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "shell"]);
    expect(picked.shell).toEqual({ role: MESSAGES.en.shell.role });
    expect(() => pickMessages(MESSAGES.en, ["shell.nothing"])).toThrow(/shell\.nothing/);
  });
});
