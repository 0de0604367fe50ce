// A round's name as its scope: "Team Hardware service", "Department …", "Whole organisation".
import type { RoundHead } from "@/lib/db/queries/rounds";

type T = (key: "scope.team" | "scope.department" | "scope.organisation", values?: { name: string }) => string;

export function roundName(t: T, r: Pick<RoundHead, "scope" | "teamName" | "departmentName">): string {
  if (r.scope === "team") return t("scope.team", { name: r.teamName ?? "" });
  if (r.scope === "department") return t("scope.department", { name: r.departmentName ?? "" });
  return t("scope.organisation");
}
