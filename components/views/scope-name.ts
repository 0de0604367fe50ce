// The name of a view's scope in the reader's language: a team's or department's own name, else "Your teams" /
// "Whole organisation" (lib/views/scope.ts scopeLabel keeps the English name for file names and the API).
import type { useTranslations } from "next-intl";
import type { ViewScope } from "@/lib/views/scope";

type T = ReturnType<typeof useTranslations<"gaps">>;

/** "" for a head's department whose name is unknown, as scopeLabel. */
export function scopeName(t: T, scope: ViewScope): string {
  switch (scope.kind) {
    case "org":
      return t("scopeName.org");
    case "department":
    case "team":
      return scope.name;
    case "mine":
      return t("scopeName.mine");
  }
}
