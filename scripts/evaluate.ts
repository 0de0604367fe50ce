// CLI: read one member's evidence JSON (FILE or - for stdin), print its evaluation JSON; exit 2 on bad input.
import { readFileSync } from "node:fs";
import { evaluate } from "../lib/itss/evaluate";
import { parseEvidence } from "../lib/itss/input";

const USAGE = "usage: npm run --silent evaluate -- FILE   (FILE may be - for standard input)";

function fail(lines: string[]): never {
  process.stderr.write(lines.join("\n") + "\n");
  process.exit(2);
}

function main(argv: string[]): void {
  if (argv.length !== 1 || argv[0] === "")
    fail([
      argv.length === 0 ? "evaluate: missing FILE argument" : "evaluate: expected exactly one FILE argument",
      USAGE,
    ]);
  const file = argv[0];
  const name = file === "-" ? "standard input" : file;
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : (e as Error).message;
    fail([`evaluate: cannot read ${name}: ${why}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail([`evaluate: ${name} is not valid JSON: ${(e as Error).message}`]);
  }
  const parsed = parseEvidence(json);
  if (!parsed.ok) {
    fail([`evaluate: invalid evidence in ${name}:`, ...parsed.errors.map((err) => `${err.path}: ${err.message}`)]);
  }
  process.stdout.write(JSON.stringify(evaluate(parsed.evidence), null, 2) + "\n");
}

try {
  main(process.argv.slice(2));
} catch (e) {
  fail([`evaluate: ${(e as Error)?.message ?? String(e)}`]);
}
