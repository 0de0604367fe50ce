"use client";
// A table's URL state on the client: the same nuqs parsers the server page parsed with (lib/search-params), so the
// two always agree. A change replaces the URL (no history entry, no scroll) and re-renders the server page inside a
// transition: `pending` dims the table until the new rows arrive.
import { useTransition } from "react";
import { useQueryStates, type ParserMap } from "nuqs";

export function useTableState<P extends ParserMap>(parsers: P) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useQueryStates(parsers, {
    shallow: false,
    history: "replace",
    scroll: false,
    startTransition,
  });
  return { state, setState, pending };
}
