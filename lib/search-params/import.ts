// The import page's URL state: which kind of import is open (the page narrows it to the kinds the user may use).
import { createLoader } from "nuqs/server";
import { parseAsOneOf, type SearchParams } from "./table";

export const IMPORT_TABS = ["members", "skills", "json"] as const;
export type ImportTab = (typeof IMPORT_TABS)[number];

export const importParsers = { tab: parseAsOneOf(IMPORT_TABS).withDefault("members") };

export const parseImportParams = createLoader(importParsers) as (sp: SearchParams) => { tab: ImportTab };
