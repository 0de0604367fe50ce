// One way to read a URL: every page, layout, route handler and component hands its search params to a parser of
// lib/search-params/ (`parseX(await searchParams)`, `searchParams.then(parseX)`) and never reads a key itself — no
// `url.searchParams`, no `useSearchParams()`, no `sp.field`. This test walks app/ and components/ and names each read
// that goes around the parsers.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");

/** Names a file imports from lib/search-params/ (the parsers it may hand its search params to). */
function parserNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(
    /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*["'](?:@\/|(?:\.\.\/)+)lib\/search-params\/[^"']+["']/g,
  ))
    for (const part of m[1].split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  return names;
}

/** Each read of search params in `source` that does not go through a lib/search-params parser, as "line: text". */
export function rawSearchParamReads(source: string): string[] {
  const parsers = parserNames(source);
  const problems: string[] = [];
  const lineOf = (i: number) => source.slice(0, i).split("\n").length;
  for (const m of source.matchAll(/useSearchParams|\.searchParams\b|\bsearchParams\b/g)) {
    const i = m.index!;
    const before = source.slice(Math.max(0, i - 200), i);
    const after = source.slice(i + m[0].length, i + m[0].length + 200);
    const ok =
      m[0] === "searchParams" &&
      // The page's props: `({ searchParams }: { searchParams: Promise<SearchParams> })`.
      (/^\s*:\s*Promise<\s*SearchParams\s*>/.test(after) ||
        (/\(\s*\{[\s\w,]*$/.test(before) && /^[\s\w,]*\}\s*:/.test(after)) ||
        // Handed whole to a parser: `parseX(await searchParams)` or `searchParams.then(parseX)`.
        (parsers.has(/(\w+)\(\s*await\s+$/.exec(before)?.[1] ?? "") && /^\s*\)/.test(after)) ||
        parsers.has(/^\.then\(\s*(\w+)\s*\)/.exec(after)?.[1] ?? ""));
    if (!ok) problems.push(`${lineOf(i)}: ${source.split("\n")[lineOf(i) - 1].trim()}`);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe("search params are read through lib/search-params only", () => {
  it("finds the reads that go around the parsers", () => {
    // Shapes the tree held before the view modules (each one a read this test must name).
    expect(
      rawSearchParamReads(`const rawField = Array.isArray(sp.field) ? sp.field[0] : sp.field;
      export default async function P({ searchParams }: { searchParams: Promise<SearchParams> }) {
        const sp = await searchParams;
      }`),
    ).toEqual(["3: const sp = await searchParams;"]);
    expect(
      rawSearchParamReads(`const p = parseHeatmapParams(Object.fromEntries(new URL(url).searchParams.entries()));`),
    ).toHaveLength(1);
    expect(rawSearchParamReads(`import { useSearchParams } from "next/navigation";`)).toHaveLength(1);
    expect(rawSearchParamReads(`const [{ id }, sp] = await Promise.all([params, searchParams]);`)).toHaveLength(1);
    expect(
      rawSearchParamReads(`import { parseOther } from "@/lib/somewhere";
        const p = parseOther(await searchParams);`),
    ).toHaveLength(1);
    // …and the ways that are allowed.
    expect(
      rawSearchParamReads(`import { parseGapsParams } from "@/lib/search-params/gaps";
        export default async function GapsPage({
          params,
          searchParams,
        }: {
          params: Promise<{ id: string }>;
          searchParams: Promise<SearchParams>;
        }) {
          const [p, user] = await Promise.all([searchParams.then(parseGapsParams), requireUser()]);
          const q = parseGapsParams(await searchParams);
        }`),
    ).toEqual([]);
  });

  it("holds for every file in app/ and components/", () => {
    const problems = ["app", "components"].flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).flatMap((file) =>
        rawSearchParamReads(readFileSync(file, "utf8")).map((p) => `${relative(ROOT, file)}:${p}`),
      ),
    );
    expect(problems).toEqual([]);
  });
});
