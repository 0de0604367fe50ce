// Every route handler under app/api gets each numeric parameter's smallest and largest values (and just past them,
// and numbers PostgreSQL's integer or bigint cannot hold) as an administrator — the caller who gets furthest — and
// never answers 5xx: an id outside 1..MAX_ID is a 400 or "not found", an offset past MAX_OFFSET a 400, search text
// with NUL or a lone surrogate is searched without them, and a CSV stream reads to its end. A new route.ts must be listed here (or among those without numeric parameters).
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { MAX_ID, MAX_OFFSET } from "@/lib/validation";
import type { Fixture } from "@/lib/testing/fixture";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Probe = {
  /** The route file under app/api. */
  file: string;
  load: () => Promise<{ GET: Handler }>;
  /** The query other than the probed parameter (a valid request). */
  base?: (f: Fixture) => string;
  /** Numeric query parameters. */
  numeric: string[];
  /** A dynamic segment that is an id. */
  segment?: string;
  /** Search and filter text parameters. */
  text?: string[];
};

const PROBES: Probe[] = [
  {
    file: "export/audit/route.ts",
    load: () => import("./export/audit/route"),
    numeric: ["actor", "page", "size"],
    text: ["entity", "from", "to"],
  },
  {
    file: "export/heatmap/route.ts",
    load: () => import("./export/heatmap/route"),
    base: () => "field=hardware",
    numeric: ["teamId", "departmentId", "team", "minLevel", "itemMin", "n", "page", "size", "tpage"],
    text: ["teamq", "scope", "item", "sort"],
  },
  // The same route's workbook (format=xlsx): its stream reads to its end too.
  {
    file: "export/heatmap/route.ts",
    load: () => import("./export/heatmap/route"),
    base: () => "field=hardware&format=xlsx",
    numeric: ["teamId", "departmentId", "team", "minLevel", "itemMin"],
    text: ["teamq", "item", "sort", "format"],
  },
  {
    file: "export/team-members/route.ts",
    load: () => import("./export/team-members/route"),
    base: (f) => `teamId=${f.teams.teamA.id}&format=xlsx`,
    numeric: ["teamId"],
    text: ["q", "sort", "format"],
  },
  {
    file: "export/gaps/route.ts",
    load: () => import("./export/gaps/route"),
    base: () => "list=singles&format=xlsx",
    numeric: ["teamId", "departmentId", "level", "page", "size"],
    text: ["scope", "list", "field", "sort", "dir", "format"],
  },
  {
    file: "export/gaps/route.ts",
    load: () => import("./export/gaps/route"),
    base: () => "list=singles",
    numeric: ["teamId", "departmentId", "level", "page", "size"],
    text: ["scope", "list", "field", "sort", "dir"],
  },
  {
    file: "export/team-members/route.ts",
    load: () => import("./export/team-members/route"),
    base: (f) => `teamId=${f.teams.teamA.id}`,
    numeric: ["teamId", "page", "size"],
    text: ["q", "sort"],
  },
  {
    file: "export/teams/route.ts",
    load: () => import("./export/teams/route"),
    numeric: ["page", "size"],
    text: ["q", "sort"],
  },
  {
    file: "export/users/route.ts",
    load: () => import("./export/users/route"),
    numeric: ["page", "size"],
    text: ["q", "role"],
  },
  { file: "v1/gaps/route.ts", load: () => import("./v1/gaps/route"), numeric: ["teamId", "departmentId"] },
  {
    file: "v1/heatmap/route.ts",
    load: () => import("./v1/heatmap/route"),
    base: () => "field=hardware",
    numeric: ["teamId", "departmentId", "limit", "offset"],
  },
  {
    file: "v1/reviews/route.ts",
    load: () => import("./v1/reviews/route"),
    numeric: ["teamId", "departmentId", "limit", "offset"],
  },
  { file: "v1/members/route.ts", load: () => import("./v1/members/route"), numeric: ["limit", "offset"] },
  {
    file: "v1/me/notifications/route.ts",
    load: () => import("./v1/me/notifications/route"),
    numeric: ["limit", "offset"],
    text: ["unread"],
  },
  { file: "v1/members/[id]/route.ts", load: () => import("./v1/members/[id]/route"), numeric: [], segment: "id" },
  {
    file: "v1/members/[id]/evaluation/route.ts",
    load: () => import("./v1/members/[id]/evaluation/route"),
    numeric: [],
    segment: "id",
  },
  {
    file: "v1/staffing/route.ts",
    load: () => import("./v1/staffing/route"),
    base: () => "field=hardware",
    numeric: ["teamId", "departmentId", "minLevel", "limit", "offset"],
  },
];

/** Routes without numeric parameters (the sign-in route is Auth.js's own; the import takes a JSON body). */
const WITHOUT_NUMBERS = [
  "auth/[...nextauth]/route.ts",
  "health/route.ts",
  "v1/openapi.json/route.ts",
  "admin/export.json/route.ts",
  "admin/import.json/route.ts",
];

const VALUES = [
  "0",
  "-1",
  "1",
  "1.5",
  "",
  "abc",
  String(MAX_ID),
  String(MAX_ID + 1),
  "3000000000",
  String(MAX_OFFSET),
  String(MAX_OFFSET + 1),
  "9223372036854775808",
  "99999999999999999999999",
  "1e400",
];

/** Search and filter text PostgreSQL cannot compare (NUL, a lone surrogate), LIKE wildcards, and too much of it. */
const TEXTS = ["%E2%80%AEevil%00", "%00", "a%ED%A0%80b", "%25_%5C", "x".repeat(5000)]; // as sent: percent-encoded

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

const h = useIntegrationDb();
let f: Fixture;
beforeAll(() => {
  f = h.fixture;
});

describe("every route, each numeric parameter at its bounds: never a 5xx", () => {
  it("lists every route handler", () => {
    const root = join(process.cwd(), "app/api");
    const files = routeFiles(root).map((p) => relative(root, p));
    const known = new Set([...PROBES.map((p) => p.file), ...WITHOUT_NUMBERS]);
    expect(files.filter((file) => !known.has(file))).toEqual([]);
  });

  for (const p of PROBES) {
    it(p.file, async () => {
      actAs(f.actors.admin);
      const { GET } = await p.load();
      const call = async (query: string, segment = String(f.members.memberA.id)) => {
        const res = await GET(new Request(`http://localhost/api/${p.file}?${query}`), {
          params: Promise.resolve(p.segment ? { [p.segment]: segment } : {}),
        });
        await res.text(); // a CSV streams: a failure mid-stream rejects here
        return res.status;
      };
      const base = p.base ? [p.base(f)] : [];
      const failures: string[] = [];
      expect(await call(base.join("&"))).toBe(200);
      for (const name of p.numeric) {
        for (const value of VALUES) {
          const query = [...base.filter((b) => !b.startsWith(`${name}=`)), `${name}=${encodeURIComponent(value)}`];
          const status = await call(query.join("&"));
          if (status >= 500) failures.push(`${name}=${value} → ${status}`);
        }
      }
      for (const name of p.text ?? [])
        for (const value of TEXTS) {
          const status = await call([...base, `${name}=${value}`].join("&"));
          if (status >= 500) failures.push(`${name}=${value.slice(0, 20)} → ${status}`);
        }
      if (p.segment)
        for (const value of VALUES) {
          const status = await call(base.join("&"), value);
          if (status >= 500) failures.push(`[${p.segment}]=${value} → ${status}`);
        }
      expect(failures).toEqual([]);
      // Offsets have a ceiling: the last one allowed answers (an empty page), one more is a 400 naming it.
      if (p.numeric.includes("offset")) {
        expect(await call([...base, `offset=${MAX_OFFSET}`].join("&"))).toBe(200);
        expect(await call([...base, `offset=${MAX_OFFSET + 1}`].join("&"))).toBe(400);
      }
    });
  }
});
