// A block copied from a spreadsheet: rows by line, cells by tab (a line without tabs may come comma- or
// space-separated); the trailing line break spreadsheets add is dropped. Values are trimmed ("" = an empty cell).
export function parseBlock(data: string): string[][] {
  const lines = data.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  return lines.map((line) =>
    line.includes("\t")
      ? line.split("\t").map((v) => v.trim())
      : line.trim() === ""
        ? [""]
        : line.trim().split(/[,\s]+/),
  );
}
