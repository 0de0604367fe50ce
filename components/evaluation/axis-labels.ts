// Room for a chart's category labels: the axis is as wide as its longest label (measured, not guessed), up to a share
// of the chart's width; a label wider than that wraps onto lines, at word boundaries where the language has them
// (Intl.Segmenter) and between characters inside a word longer than a line ("システムメンテナンスマネジメント" at
// 390 px). Pure: the caller measures text (a canvas in the browser).

export type Measure = (text: string) => number;

/** Splits `text` into lines no wider than `maxWidth`; a single character wider than that still gets a line. */
export function wrapLabel(text: string, maxWidth: number, measure: Measure, locale?: string): string[] {
  if (measure(text) <= maxWidth) return [text];
  const words = [...new Intl.Segmenter(locale, { granularity: "word" }).segment(text)].map((s) => s.segment);
  const lines: string[] = [];
  let line = "";
  const push = (piece: string) => {
    if (line && measure(line + piece) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  };
  for (const word of words) {
    if (measure(word.trim()) <= maxWidth) push(word);
    else for (const char of word) push(char);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export type AxisLayout = { width: number; lines: Map<string, string[]> };

/**
 * The axis width for `labels` in a chart `chartWidth` wide (0 = not measured yet): the longest label plus `padding`
 * (the tick and the gap to it), at most `maxShare` of the chart and at least `minWidth`; each label's lines in it.
 */
export function axisLayout(
  labels: readonly string[],
  chartWidth: number,
  measure: Measure,
  {
    padding = 12,
    maxShare = 0.45,
    minWidth = 64,
    locale,
  }: Partial<Record<"padding" | "maxShare" | "minWidth", number>> & {
    locale?: string;
  } = {},
): AxisLayout {
  const longest = Math.max(0, ...labels.map(measure));
  const cap = chartWidth > 0 ? Math.max(minWidth, Math.floor(chartWidth * maxShare)) : Infinity;
  const width = Math.ceil(Math.min(longest + padding, cap));
  const lines = new Map(labels.map((l) => [l, wrapLabel(l, width - padding, measure, locale)]));
  return { width, lines };
}
