// The CSV builder: quoting and formula-injection guard.
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { csvHeader, csvRows, safeCell, toCsv, type CsvCell } from "@/lib/transfer/csv";
import { csvDownload } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and round-trips through a parser", () => {
    const rows = [["Sato, Kenji", 'He said "hi"', "line1\nline2", 3, null, true]];
    const csv = toCsv(["name", "note", "text", "level", "empty", "flag"], rows);
    expect(csv.split("\r\n")[0]).toBe("name,note,text,level,empty,flag");
    expect(csv).toContain('"Sato, Kenji","He said ""hi""","line1\nline2",3,,true');
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.data[1]).toEqual(["Sato, Kenji", 'He said "hi"', "line1\nline2", "3", "", "true"]);
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const bad of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", '=HYPERLINK("http://x")']) {
      expect(safeCell(bad).startsWith("'")).toBe(true);
    }
    expect(safeCell("Hardware")).toBe("Hardware");
    expect(safeCell(-3)).toBe("-3"); // numbers are data, not formulas
    expect(safeCell("a=b")).toBe("a=b");
    const csv = toCsv(["=evil"], [["=1+1"], ["@SUM(1)"]]);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.data).toEqual([["'=evil"], ["'=1+1"], ["'@SUM(1)"]]);
  });

  it("in pieces (header, then batches joined by CRLF) gives exactly toCsv's text, and so does the download", async () => {
    const header = ["name", "=note", "n"];
    const rows: CsvCell[][] = [
      ["Sato, Kenji", 'a "b"', 1],
      ["", null, undefined],
      ["line1\r\nline2", "=1+1", -2],
      [" padded ", "", 0],
      ["x", "y", 3],
    ];
    for (const cut of [[], [1], [2, 3], [1, 2, 3, 4], [5]]) {
      const batches: CsvCell[][][] = [];
      let from = 0;
      for (const to of [...cut, rows.length]) batches.push(rows.slice(from, (from = to)));
      const pieces =
        csvHeader(header) +
        batches
          .filter((b) => b.length)
          .map(csvRows)
          .join("\r\n");
      expect(pieces, JSON.stringify(cut)).toBe(toCsv(header, rows));
      const res = await csvDownload("t", header, async (emit) => {
        for (const b of batches) await emit(b);
      });
      expect(new TextDecoder().decode((await res.arrayBuffer()).slice(3))).toBe(toCsv(header, rows));
    }
    expect(csvHeader(header) + csvRows([])).toBe(toCsv(header, []));
  });

  it("answers text/csv as a download", async () => {
    const r = await csvDownload("Team members: Hardware/Service", ["a"], (emit) => emit([[1]]));
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("content-disposition")).toMatch(
      /^attachment; filename="team-members-hardware-service-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark for spreadsheets
    expect(new TextDecoder().decode(bytes.slice(3))).toBe("a\r\n1");
  });
});
