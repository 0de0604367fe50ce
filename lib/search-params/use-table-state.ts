"use client";
// A table's URL state on the client, through the same nuqs parsers the server page parsed with (lib/search-params),
// so the two always agree. Reads with useQueryStates; a change is written with the same parsers' serializer and
// navigated with router.replace inside a transition, so the address and the rows change together when the server's
// new rows arrive (nuqs's own setter writes the address first: for a moment it would name rows not yet shown).
// `pending` dims the table meanwhile.
import { useCallback, useMemo, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createSerializer, useQueryStates, type ParserMap, type Values } from "nuqs";

/** A change to some params; null puts a param back to its default (and out of the URL). */
export type StateChange<P extends ParserMap> = Partial<{ [K in keyof P]: Values<P>[K] | null }>;

export function useTableState<P extends ParserMap>(parsers: P) {
  const [state] = useQueryStates(parsers);
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  const serialize = useMemo(() => createSerializer(parsers), [parsers]);
  const setState = useCallback(
    (change: StateChange<P>) => {
      const href = pathname + serialize(new URLSearchParams(search.toString()), change as never);
      startTransition(() => router.replace(href, { scroll: false }));
    },
    [pathname, router, search, serialize],
  );
  return { state, setState, pending };
}
