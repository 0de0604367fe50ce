// Benchmark: evaluate 10,000 generated members (deterministic seeds) and print members/s and µs/member.
import { evaluate } from "../lib/itss/evaluate";
import { generateEvidence } from "../seed/evidence-generator";

const MEMBERS = 10_000;
const ROUNDS = 5;

const members = Array.from({ length: MEMBERS }, (_, i) => generateEvidence(i + 1));
const projects = members.reduce((n, m) => n + m.projects.length, 0);

let sink = 0;
function run(): void {
  for (const m of members) sink += evaluate(m).fields.hardware.level;
}

for (let i = 0; i < 3; i++) run(); // warm-up

let best = Infinity;
let total = 0;
for (let i = 0; i < ROUNDS; i++) {
  const t0 = process.hrtime.bigint();
  run();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  best = Math.min(best, ms);
  total += ms;
}
const mean = total / ROUNDS;
console.log(
  `evaluate: ${MEMBERS} members, ${(projects / MEMBERS).toFixed(1)} projects each, ${ROUNDS} rounds after warm-up`,
);
console.log(
  `mean ${mean.toFixed(1)} ms/round: ${Math.round((MEMBERS / mean) * 1000).toLocaleString("en-US")} members/s, ${((mean * 1000) / MEMBERS).toFixed(2)} µs/member`,
);
console.log(
  `best ${best.toFixed(1)} ms/round: ${Math.round((MEMBERS / best) * 1000).toLocaleString("en-US")} members/s, ${((best * 1000) / MEMBERS).toFixed(2)} µs/member`,
);
if (sink < 0) console.log(sink); // keep the work observable
