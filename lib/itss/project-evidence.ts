// The one builder of a project's evidence for the engine, from a stored record, a record form being filled in, the
// staffing need's planned project or its form: only the field's complexity criteria count, a facility project has a
// size (part of the site unless "whole"; sizes that are not numbers count as 0), a hardware or software project a
// service scope when one is given. Pure.
import type { Field } from "./fields";
import { COMPLEXITY_OF, SCOPES, type ComplexityCriterion, type ProjectRole, type ProjectStatus, type Scope } from "./record-options";
import type { ProjectEvidence } from "./types";

type Size = number | string | null | undefined;

export type ProjectInput = {
  field: Field;
  role: ProjectRole;
  status: ProjectStatus;
  successful: boolean;
  complexity: readonly string[];
  /** Hardware and software: the service scope ("" or null: none given). */
  scope?: string | null;
  /** Facility management: its size (absent: part of a site, no rooms, floor or sites). */
  facility?: {
    scope?: string | null;
    computerRoomSites?: Size;
    floorSpaceM2?: Size;
    networkSites?: Size;
  } | null;
};

const size = (v: Size) => Number(v) || 0;

export function projectEvidenceOf(p: ProjectInput): ProjectEvidence {
  const criteria = COMPLEXITY_OF[p.field];
  const base = {
    field: p.field,
    role: p.role,
    status: p.status,
    successful: p.successful,
    complexity: p.complexity.filter((c): c is ComplexityCriterion => (criteria as readonly string[]).includes(c)),
  };
  if (p.field === "facility") {
    const f = p.facility ?? {};
    return {
      ...base,
      facility: {
        scope: f.scope === "whole" ? "whole" : "part",
        computerRoomSites: size(f.computerRoomSites),
        floorSpaceM2: size(f.floorSpaceM2),
        networkSites: size(f.networkSites),
      },
    };
  }
  return p.scope && (SCOPES as readonly string[]).includes(p.scope) ? { ...base, scope: p.scope as Scope } : base;
}
