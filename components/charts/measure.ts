// Text widths estimated from the text, for charts laid out before the browser measures anything: how wide a Y axis
// must be so its longest tick label is not clipped ("3,600" shown as ",600" in a fixed 40 px), whether a number fits
// inside a bar segment. The ticks a count axis gets never have more digits than the next power of ten above the
// largest value, so that number's label is the widest one can be.

/** Width in px of `text` at `fontSize`: digits and Latin letters ~0.62 em, separators ~0.32 em, anything wider (CJK) 1 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[0-9A-Za-z]/.test(ch) ? 0.62 : /[,.\s'’]/.test(ch) ? 0.32 : 1;
  return em * fontSize;
}

/**
 * The Y axis width for counts up to `max`, labelled by `format` (the page's number format): room for the widest
 * label any tick can have, plus the tick mark and its gap.
 */
export function countAxisWidth(max: number, format: (n: number) => string, fontSize = 12): number {
  const bound = max < 10 ? 10 : 10 ** Math.ceil(Math.log10(max + 1));
  return Math.ceil(Math.max(textWidth(format(max), fontSize), textWidth(format(bound), fontSize))) + 14;
}
