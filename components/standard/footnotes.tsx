// Footnotes on size criteria: the app's decisions where the English text leaves a hole, numbered once per page.
import { useTranslations } from "next-intl";
import { FOOTNOTES, type FootnoteId, type LevelIndicators } from "@/lib/itss/catalog";

export type Footnote = { number: number; text: string };

/** The id of a note the catalog knows (its text is then worded per language), else null. */
const idOf = (text: string) => (Object.keys(FOOTNOTES) as FootnoteId[]).find((id) => FOOTNOTES[id] === text) ?? null;

/** The separate notes a size option's footnote holds (one option may carry several FOOTNOTES, joined). */
function notesOf(footnote: string): string[] {
  const known = Object.values(FOOTNOTES).filter((text) => footnote.includes(text));
  return known.length > 0 ? known : [footnote];
}

/** Numbers every distinct note in the order the levels show them; `refs` gives an option's footnote its numbers. */
export function numberFootnotes(levels: readonly LevelIndicators[]) {
  const numbers = new Map<string, number>();
  for (const level of levels) {
    for (const option of level.size.options) {
      if (!option.footnote) continue;
      for (const note of notesOf(option.footnote)) if (!numbers.has(note)) numbers.set(note, numbers.size + 1);
    }
  }
  const list: Footnote[] = [...numbers].map(([text, number]) => ({ number, text }));
  const refs = (footnote: string | undefined): number[] =>
    footnote
      ? notesOf(footnote)
          .map((note) => numbers.get(note) ?? 0)
          .filter((n) => n > 0)
      : [];
  return { list, refs };
}

export const footnoteId = (n: number) => `footnote-${n}`;

export function FootnoteRefs({ numbers }: { numbers: readonly number[] }) {
  const t = useTranslations("standard.footnotes");
  if (numbers.length === 0) return null;
  return (
    <sup className="ml-0.5 font-semibold">
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 ? "," : null}
          <a
            href={`#${footnoteId(n)}`}
            aria-label={t("ref", { number: n })}
            className="text-brand-700 underline-offset-2 hover:underline"
          >
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}

export function FootnoteList({ notes }: { notes: readonly Footnote[] }) {
  const t = useTranslations("standard");
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="footnotes" className="mt-10 border-t border-slate-300 pt-4">
      <h2 id="footnotes" className="scroll-mt-4 text-base font-semibold text-slate-900">
        {t("sections.footnotes")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("footnotes.intro")}</p>
      <ol className="mt-3 space-y-2 text-sm leading-relaxed text-slate-800">
        {notes.map((note) => (
          <li key={note.number} id={footnoteId(note.number)} className="flex scroll-mt-4 gap-2">
            <span className="font-semibold text-slate-900">{note.number}.</span>
            <span>{idOf(note.text) ? t(`footnote.${idOf(note.text)!}`) : note.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
