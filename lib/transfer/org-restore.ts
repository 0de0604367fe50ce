// The organisation restore read as a stream (the CLI's file, the route's upload): the JSON is tokenized piece by
// piece (stream-json), each row assembled on its own, validated with the format's row schema and inserted in batches
// inside the caller's transaction. Memory holds one piece of text and one batch of rows, never the file: at 10,000
// members the whole document in memory took over 2 GB. The header (format, version) is checked before anything is
// written; the tables must come in ORG_TABLES order (each refers only to those before it), as the export writes them.
// Any problem — invalid or truncated JSON, a bad row, a refused insert — throws, and the transaction rolls back.
import { jsonParser } from "stream-json/core/parser.js";
import { Assembler } from "stream-json/core/assembler.js";
import { getManyValues, isMany, none } from "stream-chain/defs.js";
import type { Token } from "stream-json/core/parser.js";
import type { Tx } from "../db/client";
import {
  ORG_TABLE_NAMES,
  RESTORE_BATCH_ROWS,
  TABLES_ADDED_SINCE_V1,
  beginRestore,
  orgHeaderSchemas,
  orgRowSchemas,
  type OrgTableName,
  type RestoreWriter,
} from "./org-json";

/** A problem in the file: where (e.g. tables.members.3.teamId, or "(file)") and what, in the format's own words. */
export type FileProblem = { path: string; message: string };

/** The file is not a restorable export; nothing it held was kept. At most MAX_PROBLEMS problems are listed. */
export class OrgFileError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(
      problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join("; "),
    );
    this.name = "OrgFileError";
  }
}

const MAX_PROBLEMS = 50;
const ORDER = ORG_TABLE_NAMES.join(", ");

type State =
  | "start" // before the document's {
  | "topKey" // a key of the document, or its }
  | "topValue" // the value of format, version or an unknown key (assembled, small)
  | "tables" // the { of tables
  | "tableKey" // a table's name, or the } of tables
  | "table" // the [ of a table
  | "row" // a row (assembled on its own), or the ] of its table
  | "end"; // after the document's }

/** Turns tokens into checked rows, handed to `write` a batch at a time. Synchronous but for the writes it returns. */
class OrgReader {
  state: State = "start";
  problems: FileProblem[] = [];
  /** A problem that makes the rest of the file unreadable: stop reading. */
  stopped = false;
  private header: Record<string, unknown> = {};
  private key = "";
  private table: OrgTableName | null = null;
  private seen = 0; // tables read so far (their ORG_TABLE_NAMES prefix)
  private rowIndex = 0;
  private batch: Record<string, unknown>[] = [];
  private asm = new Assembler();
  private writer: RestoreWriter | null = null;
  private hasTables = false;

  constructor(
    private readonly begin: () => Promise<RestoreWriter>,
    private readonly batchRows: number,
  ) {}

  /** Where the reader is, as a path into the document. */
  where(): string {
    if (this.state === "row" && this.table) return `tables.${this.table}.${this.rowIndex}`;
    if (this.state === "table" && this.table) return `tables.${this.table}`;
    if (this.state === "tables" || this.state === "tableKey") return "tables";
    if (this.state === "topValue") return this.key;
    return "(file)";
  }

  problem(path: string, message: string, fatal = false) {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path, message });
    if (fatal || this.problems.length >= MAX_PROBLEMS) this.stopped = true;
  }

  consume(token: Token): Promise<void> | void {
    switch (this.state) {
      case "start":
        if (token.name !== "startObject")
          return this.problem("(file)", "expected an object (an organisation export)", true);
        this.state = "topKey";
        return;
      case "topKey":
        if (token.name === "endObject") {
          this.state = "end";
          if (!this.hasTables && !this.problems.length) this.checkHeader(); // no tables: say what is missing
          if (!this.hasTables) this.problem("tables", "missing: the export has no tables", true);
          return;
        }
        if (token.name !== "keyValue") return;
        this.key = token.value;
        if (this.key !== "tables") {
          this.state = "topValue";
          return;
        }
        if (this.hasTables) return this.problem("tables", "given twice", true);
        if (!this.checkHeader()) return;
        this.hasTables = true;
        this.state = "tables";
        return;
      case "topValue":
        this.asm.consume(token);
        if (this.asm.done) {
          this.header[this.key] = this.asm.current;
          this.state = "topKey";
        }
        return;
      case "tables":
        if (token.name !== "startObject") return this.problem("tables", "expected an object of tables", true);
        this.state = "tableKey";
        return;
      case "tableKey":
        if (token.name === "endObject") {
          this.skipAbsentNewTables(ORG_TABLE_NAMES.length);
          if (this.seen < ORG_TABLE_NAMES.length)
            return this.problem(`tables.${ORG_TABLE_NAMES[this.seen]}`, "missing", true);
          this.state = "topKey";
          return;
        }
        if (token.name !== "keyValue") return;
        return this.openTable(token.value);
      case "table":
        if (token.name !== "startArray") return this.problem(`tables.${this.table}`, "expected an array of rows", true);
        this.state = "row";
        return;
      case "row":
        if (token.name === "endArray" && this.asm.done) {
          this.state = "tableKey";
          return this.flush();
        }
        this.asm.consume(token);
        if (this.asm.done) return this.row(this.asm.current);
        return;
      case "end":
        return;
    }
  }

  /** format and version, before anything is written. */
  private checkHeader(): boolean {
    let ok = true;
    for (const [key, schema] of Object.entries(orgHeaderSchemas)) {
      const parsed = schema.safeParse(this.header[key]);
      if (!parsed.success) {
        ok = false;
        this.problem(key, parsed.error.issues[0]?.message ?? "invalid", true);
      }
    }
    if (ok) this.header = {};
    return ok;
  }

  /** A file written before a table existed (TABLES_ADDED_SINCE_V1) restores with that table empty. */
  private skipAbsentNewTables(upTo: number) {
    while (this.seen < upTo && TABLES_ADDED_SINCE_V1.includes(ORG_TABLE_NAMES[this.seen])) this.seen++;
  }

  private openTable(name: string) {
    const at = ORG_TABLE_NAMES.indexOf(name as OrgTableName);
    if (at < 0) return this.problem(`tables.${name}`, `not a table of this format (the tables are: ${ORDER})`, true);
    if (at < this.seen) return this.problem(`tables.${name}`, "given twice", true);
    this.skipAbsentNewTables(at);
    if (at > this.seen)
      return this.problem(
        `tables.${name}`,
        `comes before ${ORG_TABLE_NAMES[this.seen]}: the tables must come in this order (each refers only to those before it): ${ORDER}`,
        true,
      );
    this.table = name as OrgTableName;
    this.seen++;
    this.rowIndex = 0;
    this.state = "table";
  }

  private row(value: unknown): Promise<void> | void {
    const table = this.table!;
    const parsed = orgRowSchemas[table].safeParse(value);
    const at = this.rowIndex++;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        this.problem([`tables.${table}.${at}`, ...issue.path.map(String)].join("."), issue.message);
      this.batch = []; // nothing more is written: the file is refused, its other problems still listed
      return;
    }
    if (this.problems.length) return;
    this.batch.push(parsed.data);
    if (this.batch.length >= this.batchRows) return this.flush();
  }

  flush(): Promise<void> | void {
    if (!this.batch.length || this.problems.length) return;
    const rows = this.batch;
    this.batch = [];
    return this.writer ? this.writer.insert(this.table!, rows) : this.start().then((w) => w.insert(this.table!, rows));
  }

  /** The first write (the database emptied of its bootstrap accounts), with the first batch of checked rows: a file
   * whose header or first rows are wrong is refused as a file, not as a database that holds an organisation. */
  private async start(): Promise<RestoreWriter> {
    this.writer = await this.begin();
    return this.writer;
  }

  async finish() {
    return (this.writer ?? (await this.start())).finish();
  }
}

/** The parser's tokens for a piece of text (or, given `none`, for the end of the text). */
function tokens(parse: ReturnType<typeof jsonParser>, text: string | typeof none): Token[] {
  const out = parse(text as string);
  if (out === none) return [];
  return isMany(out) ? getManyValues(out as never) : [out as Token];
}

/**
 * Restores an organisation export read from `source` (pieces of UTF-8 bytes or text) into a database holding no
 * organisation, inside the caller's transaction. Throws OrgFileError for a file that is not a valid export, and
 * AppError for a database that holds an organisation or refuses a row: the caller's transaction then rolls back.
 */
export async function restoreOrganisation(
  tx: Tx,
  source: AsyncIterable<Uint8Array | string>,
  { batchRows = RESTORE_BATCH_ROWS }: { batchRows?: number } = {},
): Promise<Record<OrgTableName, number>> {
  const reader = new OrgReader(() => beginRestore(tx), batchRows);
  const parse = jsonParser({ packValues: true, streamValues: false });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const feed = async (text: string | typeof none) => {
    let list: Token[];
    try {
      list = tokens(parse, text);
    } catch (e) {
      const message = (e as Error).message.replace(/^Parser /, "the parser ");
      reader.problem(
        reader.where(),
        text === none ? `the file ends here: it is cut short (${message})` : `not valid JSON: ${message}`,
        true,
      );
      return;
    }
    for (const token of list) {
      const work = reader.consume(token);
      if (work) await work;
      if (reader.stopped) return;
    }
  };
  for await (const piece of source) {
    let text: string;
    try {
      text = typeof piece === "string" ? piece : decoder.decode(piece, { stream: true });
    } catch {
      reader.problem(reader.where(), "not valid UTF-8 text", true);
      break;
    }
    await feed(text);
    if (reader.stopped) break;
  }
  if (!reader.stopped) {
    try {
      const rest = decoder.decode();
      if (rest) await feed(rest);
    } catch {
      reader.problem(reader.where(), "not valid UTF-8 text (the file ends inside a character)", true);
    }
  }
  if (!reader.stopped) await feed(none);
  if (!reader.problems.length && reader.state !== "end")
    reader.problem(reader.where(), "the file ends here: it is cut short");
  if (reader.problems.length) throw new OrgFileError(reader.problems);
  return reader.finish();
}
