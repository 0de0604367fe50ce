// The skill sheet's own print stylesheet (one small style element, like the heatmap's palette): an A4 page with
// margins, each member on a new page, tables that break between rows and never run past the page edge, and a
// Japanese font stack for Japanese text. On screen the document shows as a sheet of paper.
export const SHEET_CSS = [
  "@page{size:A4;margin:14mm 12mm}",
  ".sheet-doc{font-size:10.5pt;line-height:1.45;color:#111827}",
  ".sheet-doc:lang(ja){font-family:'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic','Meiryo',sans-serif}",
  ".sheet-page{background:#fff;max-width:210mm;margin:0 auto 24px;padding:14mm 12mm;box-shadow:0 1px 3px rgba(0,0,0,.15);overflow-wrap:break-word}",
  ".sheet-page+.sheet-page{break-before:page}",
  ".sheet-page h1{font-size:18pt;font-weight:700;margin:0 0 2mm}",
  ".sheet-page h2{font-size:13pt;font-weight:700;margin:6mm 0 2mm;border-bottom:1px solid #9ca3af;break-after:avoid}",
  ".sheet-page h3{font-size:11pt;font-weight:600;margin:4mm 0 1.5mm;break-after:avoid}",
  ".sheet-page table{width:100%;border-collapse:collapse;table-layout:fixed;margin:1mm 0 3mm}",
  ".sheet-page th,.sheet-page td{border:1px solid #d1d5db;padding:1.2mm 2mm;text-align:left;vertical-align:top}",
  ".sheet-page th{background:#f3f4f6;font-weight:600}",
  ".sheet-page tr{break-inside:avoid}",
  ".sheet-page td.num{text-align:center;font-variant-numeric:tabular-nums}",
  ".sheet-meta{display:flex;flex-wrap:wrap;gap:2mm 8mm;color:#374151}",
  ".sheet-level{font-size:12pt;font-weight:700}",
  ".sheet-page ul{margin:1mm 0 2mm 5mm;list-style:disc}",
  "@media screen and (max-width:640px){.sheet-page{padding:16px 12px;font-size:10pt}}",
  "@media print{.sheet-page{box-shadow:none;margin:0;padding:0;max-width:none}#main{padding:0;max-width:none}}",
].join("");

export function SheetStyle() {
  return <style>{SHEET_CSS}</style>;
}
