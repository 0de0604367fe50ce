// The query parameters the read API and the views share, spelled once: whole numbers with a range, ids in the one id
// range (lib/limits.ts), and a page's limit and offset, both with a ceiling (an offset beyond bigint was a 500).
import { z } from "zod";
import { MAX_ID, MAX_OFFSET } from "../limits";

/** A whole number in [min, max] from a query string ("3" → 3), with messages naming the parameter. */
export const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

/** An id: 1..MAX_ID, as every id in a form, a URL segment or a query. */
export const queryId = (name: string) => {
  const message = `${name} must be a positive whole number of at most ${MAX_ID}`;
  return z.coerce.number({ error: message }).int(message).min(1, message).max(MAX_ID, message);
};

/** A page of rows: at most `max` per page (default `fallback`), starting at an offset of at most MAX_OFFSET. */
export const queryLimit = (max = 500, fallback = 100) => whole("limit", 1, max).default(fallback);
export const queryOffset = () => whole("offset", 0, MAX_OFFSET).default(0);
