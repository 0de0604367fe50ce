// The CSV builder: quoting and formula-injection guard.
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { safeCell, toCsv } from "@/lib/transfer/csv";
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
