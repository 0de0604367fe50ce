// Grows an organisation export by copying its teams and members (with their records, ratings, targets and
// evaluation history) under new ids into the first department: the demo's 30 members ×34 ≈ 1,000, ×334 ≈ 10,000.
// Copies get no sign-in (user_id null) and unique names and emails. Usage:
//   npm run admin -- export /tmp/demo.json
//   npx tsx bench/grow-org.ts /tmp/demo.json 34 /tmp/demo-1k.json
//   LEVELBOARD_DATA_DIR=.data/scale-1k npm run db:migrate -- --no-seed  &&  LEVELBOARD_DATA_DIR=.data/scale-1k npm run admin -- restore /tmp/demo-1k.json
import { readFileSync, writeFileSync } from "node:fs";

type Row = Record<string, unknown> & { id?: number };
const [input, timesArg, output] = process.argv.slice(2);
const times = Number(timesArg);
if (!input || !output || !Number.isInteger(times) || times < 1) {
  console.error("usage: tsx bench/grow-org.ts IN.json TIMES OUT.json");
  process.exit(2);
}
const org = JSON.parse(readFileSync(input, "utf8")) as { tables: Record<string, Row[]> };
const t = org.tables;
const maxId = (rows: Row[]) => rows.reduce((m, r) => Math.max(m, Number(r.id ?? 0)), 0);
const next: Record<string, number> = Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, maxId(rows)]));
const departmentId = t.departments[0].id;

const baseTeams = [...t.teams];
const baseMembers = [...t.members];
const RECORD_TABLES = [
  "projects",
  "specialties",
  "successions",
  "mentorings",
  "exams",
  "certifications",
  "skillAssessments",
  "evaluationSnapshots",
] as const;
const baseRecords = Object.fromEntries(RECORD_TABLES.map((name) => [name, [...t[name]]]));
const baseTargets = t.targets.filter((r) => r.teamId !== null);
const baseLeads = [...t.teamLeads];

for (let copy = 2; copy <= times; copy++) {
  const teamMap = new Map<number, number>();
  for (const team of baseTeams) {
    const id = ++next.teams;
    teamMap.set(team.id!, id);
    t.teams.push({ ...team, id, departmentId, name: `${team.name} ${copy}` });
  }
  for (const l of baseLeads) t.teamLeads.push({ ...l, teamId: teamMap.get(l.teamId as number) });
  for (const target of baseTargets)
    t.targets.push({ ...target, id: ++next.targets, teamId: teamMap.get(target.teamId as number) });
  const memberMap = new Map<number, number>();
  for (const m of baseMembers) {
    const id = ++next.members;
    memberMap.set(m.id!, id);
    const email = typeof m.email === "string" ? m.email.replace("@", `+${copy}@`) : null;
    t.members.push({
      ...m,
      id,
      teamId: teamMap.get(m.teamId as number),
      userId: null,
      email,
      name: `${m.name} ${copy}`,
    });
  }
  for (const name of RECORD_TABLES) {
    const idMap = new Map<number, number>();
    const added: Row[] = [];
    for (const r of baseRecords[name]) {
      const id = ++next[name];
      idMap.set(r.id!, id);
      added.push({ ...r, id, memberId: memberMap.get(r.memberId as number) });
    }
    for (const r of added) if (typeof r.revisionOf === "number") r.revisionOf = idMap.get(r.revisionOf) ?? null;
    t[name].push(...added);
  }
}
writeFileSync(output, JSON.stringify(org, null, 2) + "\n");
console.log(`grow-org: ${t.members.length} members in ${t.teams.length} teams → ${output}`);
