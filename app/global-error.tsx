"use client";
// The root's error page (an error in a layout, before any page could render): the app's styles, and the outage
// message when the database is what failed. It renders outside the root layout, so outside next-intl's provider and
// before the reader's language is known: it says its few sentences in both languages (shell.globalError, read
// straight from the two small message files).
import "./globals.css";
import en from "@/messages/en/shell.json";
import ja from "@/messages/ja/shell.json";
import { useDatabaseOutage } from "@/components/shell/use-database-outage";
import { Button } from "@/components/ui/button";

/** English first (the page's one h1), then Japanese. */
const LANGUAGES = [
  { lang: "en", text: en.globalError, Heading: "h1" },
  { lang: "ja", text: ja.globalError, Heading: "h2" },
] as const;

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const isOutage = useDatabaseOutage();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main role="alert" className="mx-auto max-w-xl px-6 py-24 text-center">
          {isOutage ? (
            <div data-outage="database">
              <p className="text-sm font-semibold text-brand-700">503</p>
              {LANGUAGES.map(({ lang, text, Heading }) => (
                <div key={lang} lang={lang} className="mt-4">
                  <Heading className="mt-2 text-2xl font-bold">{text.outageTitle}</Heading>
                  <p className="mt-3 text-slate-600">{text.outageText}</p>
                </div>
              ))}
            </div>
          ) : (
            LANGUAGES.map(({ lang, text, Heading }) => (
              <div key={lang} lang={lang} className="mt-4">
                <Heading className="text-2xl font-bold">{text.title}</Heading>
                <p className="mt-3 text-slate-600">{text.text}</p>
              </div>
            ))
          )}
          <Button onClick={() => reset()} className="mt-6">
            {LANGUAGES.map(({ lang, text }) => (
              <span key={lang} lang={lang} className="mx-1">
                {text.retry}
              </span>
            ))}
          </Button>
        </main>
      </body>
    </html>
  );
}
