// Text the server produces (action results, AppError messages, validation messages) as a message key + values,
// turned into words in the reader's language only when the answer leaves: runAction translates with the actor's
// locale (else the request's). English is the default everywhere else (route handlers, the CLI, tests).
// Works outside React: next-intl's createTranslator over the same messages the pages use.
import { createTranslator, type MessageKeys, type NestedKeyOf } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { MESSAGES, type Messages } from "./messages";
import { FORMATS, TIME_ZONE } from "./formats";

/** The namespaces server-produced text lives in. */
type ServerMessages = Pick<Messages, "errors" | "validation" | "forms" | "records" | "transfer" | "notifications">;
export type TextKey = MessageKeys<ServerMessages, NestedKeyOf<ServerMessages>>;
export type TextValue = string | number | Text;
/** A message not yet in words: its key and its values (a value may itself be a Text, e.g. a field's label). */
export type Text = { readonly key: TextKey; readonly values?: Readonly<Record<string, TextValue>> };

export function text(key: TextKey, values?: Record<string, TextValue>): Text {
  return values ? { key, values } : { key };
}

export function isText(value: unknown): value is Text {
  return typeof value === "object" && value !== null && typeof (value as Text).key === "string";
}

type Translate = (key: string, values?: Record<string, string | number>) => string;
const translators = new Map<Locale, Translate>();

function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: MESSAGES[locale],
      formats: FORMATS,
      timeZone: TIME_ZONE,
    }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

/** A Text (or a string, kept as it is) in words of `locale`. */
export function translate(locale: Locale, message: Text | string): string {
  if (typeof message === "string") return message;
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(message.values ?? {})) values[k] = isText(v) ? translate(locale, v) : v;
  return translator(locale)(message.key, values);
}

// Zod evaluates a schema's error functions while it parses, and safeParse is synchronous: so runAction can parse
// "in" the actor's locale by setting it around the call. Nothing async runs in between, so no request sees another's.
let parsingLocale: Locale = DEFAULT_LOCALE;

/** Runs a synchronous `fn` (a zod safeParse) with `say()` speaking `locale`. */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  const previous = parsingLocale;
  parsingLocale = locale;
  try {
    return fn();
  } finally {
    parsingLocale = previous;
  }
}

/** The message in the language of the parse under way (English outside inLocale). For zod error functions. */
export function say(key: TextKey, values?: Record<string, TextValue>): string {
  return translate(parsingLocale, text(key, values));
}

/** A zod error parameter that says `key` in the parse's language: `z.string().min(1, sayError("…", {…}))`. */
export const sayError = (key: TextKey, values?: Record<string, TextValue>) => ({ error: () => say(key, values) });
