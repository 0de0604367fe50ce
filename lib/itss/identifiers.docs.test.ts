// docs/cli.md lists the standard's identifiers for people who write evidence files, CSVs and API clients; this
// fails when that list and lib/itss/fields.ts, record-options.ts and types.ts part (a key added, renamed or moved to another level).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIELDS, MAX_LEVEL, SPECIALTY_AREAS, skillItemsOf } from "./fields";
import {
  ADVANCED_EXAMS, COMPLEXITY_OF, COMPONENT_AREAS, EXAMS, FACILITY_SCOPES, PROJECT_ROLES, PROJECT_STATUSES, SCOPES,
  SUCCESSION_KINDS,
} from "./record-options";
import { MISSING_CODES } from "./types";

const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/cli.md"), "utf8");
const section = doc.slice(doc.indexOf("## Identifiers"), doc.indexOf("## Operators"));
const keysIn = (text: string) => [...text.matchAll(/`([a-zA-Z0-9_]+)`/g)].map((m) => m[1]);

describe("docs/cli.md's identifiers", () => {
  it("name every key the code knows, and no other", () => {
    const code = new Set<string>([
      ...FIELDS,
      ...FIELDS.flatMap((f) => skillItemsOf(f)),
      ...FIELDS.flatMap((f) => COMPLEXITY_OF[f]),
      ...SCOPES,
      ...FACILITY_SCOPES,
      ...PROJECT_ROLES,
      ...PROJECT_STATUSES,
      ...FIELDS.flatMap((f) => COMPONENT_AREAS[f] as readonly string[]),
      ...SUCCESSION_KINDS,
      ...EXAMS,
      ...MISSING_CODES,
      ...FIELDS.flatMap((f) => Object.values(SPECIALTY_AREAS[f] as Record<number, readonly string[]>).flat()),
      // the facility size object's own keys
      "scope",
      "facility",
      "computerRoomSites",
      "floorSpaceM2",
      "networkSites",
    ]);
    expect(new Set(keysIn(section))).toEqual(code);
  });

  it("give each field its top level and list the advanced exams", () => {
    for (const f of FIELDS) expect(section).toContain(`\`${f}\` ${MAX_LEVEL[f]}`);
    expect(section).toContain(`advanced ${ADVANCED_EXAMS.map((e) => `\`${e}\``).join(", ")}`);
  });

  it("list each field's specialty areas per level, in the code's order", () => {
    for (const f of FIELDS) {
      for (const [level, keys] of Object.entries(SPECIALTY_AREAS[f] as Record<number, readonly string[]>)) {
        const row = section.split("\n").find((l) => l.startsWith(`| ${f} | ${level} |`));
        expect(row, `${f} ${level}`).toBeDefined();
        expect(keysIn(row!.split("|")[3]), `${f} ${level}`).toEqual([...keys]);
      }
    }
  });
});
