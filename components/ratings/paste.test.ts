import { describe, expect, it } from "vitest";
import { parseBlock } from "./paste";

describe("parseBlock: a block copied from a spreadsheet", () => {
  it("splits rows by line (CRLF too) and cells by tab, dropping the trailing line break", () => {
    expect(parseBlock("3\t4\r\n2\t5\r\n")).toEqual([
      ["3", "4"],
      ["2", "5"],
    ]);
  });
  it("keeps empty cells in place (an empty cell clears) and trims values", () => {
    expect(parseBlock("\t 4 \t\n1\t\t2")).toEqual([
      ["", "4", ""],
      ["1", "", "2"],
    ]);
  });
  it("reads a line without tabs as comma- or space-separated, an empty line as one empty cell", () => {
    expect(parseBlock("1, 2 3\n\n4")).toEqual([["1", "2", "3"], [""], ["4"]]);
  });
});
