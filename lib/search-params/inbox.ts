// The inbox's URL state: the page (newest first, INBOX_PAGE_SIZE a page). A bad value falls back to the first page.
import { createLoader, createSerializer } from "nuqs/server";
import { pageParser, type SearchParams } from "./table";

export const INBOX_PAGE_SIZE = 20;

export const inboxParsers = { page: pageParser };
const loadInbox = createLoader(inboxParsers);

export function parseInboxSearch(raw: SearchParams | URL | URLSearchParams | string): { page: number } {
  return { page: loadInbox(raw).page };
}

const inboxQuery = createSerializer(inboxParsers);

/** The inbox's URL at `page` (the first page left out). */
export function inboxHref(page: number): string {
  return inboxQuery("/inbox", { page: page > 1 ? page : null });
}
