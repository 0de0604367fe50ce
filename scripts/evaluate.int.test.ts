// End-to-end tests of the evaluate CLI: valid file and standard input, and exit 2 with a named path for bad input.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import specExample from "../lib/itss/spec-example.json";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = path.join(ROOT, "scripts", "evaluate.ts");
const dir = mkdtempSync(path.join(tmpdir(), "evaluate-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { code: number | null; stdout: string; stderr: string };

function cli(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SCRIPT, ...args], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

let files = 0;
/** Write a uniquely named file (the tests run concurrently). */
function file(name: string, content: unknown): string {
  const p = path.join(dir, `${files++}-${name}`);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}

const example = specExample; // the worked example of docs/cli.md
const hwProject = example.projects[0];
const facProject = example.projects[1];

const expectedHardware = {
  level: 3,
  source: "kpi",
  kpiLevel: 3,
  examLevel: 3,
  skillLevel: null,
  projects: [{ index: 0, projectLevel: 4 }],
  next: { level: 4, missing: [{ code: "projects", need: 2, have: 1, minLevel: 3 }] },
};

describe.concurrent("evaluate CLI", () => {
  it("evaluates a file and prints 2-space-indented JSON", async () => {
    const r = await cli([file("example.json", example)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.fields.hardware).toEqual(expectedHardware);
    expect(Object.keys(out.fields).sort()).toEqual(["facility", "hardware", "software"]);
    expect(r.stdout).toBe(JSON.stringify(out, null, 2) + "\n");
  });

  it("reads standard input for -", async () => {
    const r = await cli(["-"], JSON.stringify(example));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).fields.hardware).toEqual(expectedHardware);
  });

  it.each<[string, unknown, RegExp]>([
    [
      "unknown field",
      { projects: [{ ...hwProject, field: "network" }] },
      /projects\[0\]\.field: expected one of hardware, software, facility/,
    ],
    ["unknown key", { projects: [], extra: true }, /extra: unknown key/],
    ["unknown project key", { projects: [{ ...hwProject, title: "x" }] }, /projects\[0\]\.title: unknown key/],
    [
      "unknown scope",
      { projects: [hwProject, hwProject, { ...hwProject, scope: "global" }] },
      /projects\[2\]\.scope: expected one of specific_users, wide_area_team, wide_area_users/,
    ],
    [
      "unknown role",
      { projects: [{ ...hwProject, role: "boss" }] },
      /projects\[0\]\.role: expected one of member, leader, responsible/,
    ],
    [
      "criterion of another field",
      { projects: [{ ...hwProject, complexity: ["multi_platform", "many_sites_complex_network"] }] },
      /projects\[0\]\.complexity\[1\]: .*not a complexity criterion of hardware/,
    ],
    [
      "negative size",
      { projects: [{ ...facProject, facility: { ...facProject.facility, floorSpaceM2: -10 } }] },
      /projects\[0\]\.facility\.floorSpaceM2: must be at least 0/,
    ],
    [
      "non-integer sites",
      { projects: [{ ...facProject, facility: { ...facProject.facility, networkSites: 1.5 } }] },
      /projects\[0\]\.facility\.networkSites: expected an integer/,
    ],
    ["unknown exam", { projects: [], exams: ["FE", "PMP"] }, /exams\[1\]: expected one of IP, FE, AP/],
    [
      "specialty key of another field",
      { projects: [], professional: { software: { specialties: ["hw_ops_product_tech"] } } },
      /professional\.software\.specialties\[0\]: .*not a specialty area of software/,
    ],
    ["missing projects", { exams: [] }, /projects: required/],
  ])("rejects %s: exit 2, names the path, prints nothing on stdout", async (_name, json, message) => {
    const r = await cli([file("bad.json", json)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each<[string, string[], string | undefined, RegExp]>([
    ["bad JSON in a file", [file("broken.json", '{"projects": [')], undefined, /broken\.json is not valid JSON/],
    ["bad JSON on standard input", ["-"], "{ projects: ", /standard input is not valid JSON/],
    ["a missing file", [path.join(dir, "nope.json")], undefined, /cannot read .*nope\.json: no such file/],
    ["a directory", [dir], undefined, /cannot read .*: is a directory/],
    ["no argument", [], undefined, /missing FILE argument/],
    ["two arguments", ["a.json", "b.json"], undefined, /exactly one FILE/],
  ])("rejects %s with exit 2", async (_name, args, stdin, message) => {
    const r = await cli(args, stdin);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
