// The one place that decides who may do what to which row. Pages, server actions and route handlers all ask here.
import { isRecordAuthor, type Actor, type RecordAuthorship, type RowScope } from "../db/actor";

export { isRecordAuthor, type RecordAuthorship };

export type { Actor, RowScope };

export const CAPABILITIES = [
  "department.read",
  "department.manage",
  "department.targets.write",
  "team.read",
  "team.manage",
  "team.targets.write",
  "member.read",
  "member.manage",
  "member.records.write",
  "member.records.submit",
  "member.records.review",
  "member.skills.self",
  "member.skills.lead",
  "rounds.run",
] as const;
/** A right on a row of the organisation (a department, team or member): asked with the row's scope. */
export type Capability = (typeof CAPABILITIES)[number];

/** Rights over the whole organisation, which no single row carries: asked without a scope. */
export const ORG_CAPABILITIES = [
  "users.manage",
  "audit.read",
  "org.export",
  "org.import",
  "departments.create",
  "org.settings",
  "jobs.run",
  "rounds.organisation",
] as const;
export type OrgCapability = (typeof ORG_CAPABILITIES)[number];

const isOwnMember = (a: Actor, s: RowScope) => s.memberId !== undefined && a.memberId === s.memberId;
const inOwnDepartment = (a: Actor, s: RowScope) => a.departmentId !== null && a.departmentId === s.departmentId;
const leadsTeam = (a: Actor, s: RowScope) => s.teamId !== undefined && a.leadTeamIds.includes(s.teamId);

/**
 * May `actor` exercise `capability` on the row at `scope`, or the organisation-wide `capability` (no scope)? Denies
 * anything not explicitly allowed.
 */
export function can(actor: Actor, capability: OrgCapability): boolean;
export function can(actor: Actor, capability: Capability, scope: RowScope): boolean;
export function can(actor: Actor, capability: Capability | OrgCapability, scope?: RowScope): boolean {
  if (isOrgCapability(capability)) return canInOrg(actor, capability);
  return canOnRow(actor, capability, scope!);
}

const isOrgCapability = (c: string): c is OrgCapability => (ORG_CAPABILITIES as readonly string[]).includes(c);

function canInOrg(actor: Actor, capability: OrgCapability): boolean {
  switch (capability) {
    case "users.manage":
    case "audit.read":
    case "org.export":
    case "org.import":
    case "departments.create":
    case "org.settings":
    case "jobs.run":
    case "rounds.organisation":
      return actor.role === "admin";
  }
}

function canOnRow(actor: Actor, capability: Capability, scope: RowScope): boolean {
  if (actor.role === "admin") {
    // Even an admin does not approve their own records nor give themselves the lead's rating.
    return !(
      (capability === "member.records.review" || capability === "member.skills.lead") &&
      isOwnMember(actor, scope)
    );
  }
  switch (capability) {
    case "department.read":
      return actor.role === "head" && inOwnDepartment(actor, scope);
    case "department.manage":
    case "department.targets.write":
      return actor.role === "head" && inOwnDepartment(actor, scope);
    case "team.read":
      return (
        (actor.role === "head" && inOwnDepartment(actor, scope)) || (actor.role === "lead" && leadsTeam(actor, scope))
      );
    case "team.manage":
      return actor.role === "head" && inOwnDepartment(actor, scope);
    case "team.targets.write":
      return (
        (actor.role === "head" && inOwnDepartment(actor, scope)) || (actor.role === "lead" && leadsTeam(actor, scope))
      );
    case "member.read":
      return (
        isOwnMember(actor, scope) ||
        (actor.role === "head" && inOwnDepartment(actor, scope)) ||
        (actor.role === "lead" && leadsTeam(actor, scope))
      );
    case "member.manage":
      return (
        (actor.role === "head" && inOwnDepartment(actor, scope)) || (actor.role === "lead" && leadsTeam(actor, scope))
      );
    case "member.records.write":
    case "member.records.submit":
      // Members keep their own record; a lead keeps records for the team's members (some never sign in).
      return isOwnMember(actor, scope) || (actor.role === "lead" && leadsTeam(actor, scope));
    case "member.records.review":
      // Per record, the four-eyes rule comes on top: nobody reviews a record they wrote (canReviewRecord).
      return (
        ((actor.role === "lead" && leadsTeam(actor, scope)) ||
          (actor.role === "head" && inOwnDepartment(actor, scope))) &&
        !isOwnMember(actor, scope)
      );
    case "member.skills.self":
      return isOwnMember(actor, scope);
    case "member.skills.lead":
      return actor.role === "lead" && leadsTeam(actor, scope) && !isOwnMember(actor, scope);
    case "rounds.run":
      // Starting an assessment round over the row's team or department, and reading its page.
      return (
        (actor.role === "head" && inOwnDepartment(actor, scope)) || (actor.role === "lead" && leadsTeam(actor, scope))
      );
  }
}

/** What an assessment round covers (docs/rounds.md). */
export type RoundTarget =
  | { scope: "team"; teamId: number; departmentId: number }
  | { scope: "department"; departmentId: number }
  | { scope: "organisation" };

/**
 * May `actor` start a round over `target`, or read the page of one: a lead for the teams they lead, a head for their
 * department or its teams, an administrator for anything.
 */
export function canRunRound(actor: Actor, target: RoundTarget): boolean {
  switch (target.scope) {
    case "organisation":
      return can(actor, "rounds.organisation");
    case "department":
      return can(actor, "rounds.run", { departmentId: target.departmentId });
    case "team":
      return can(actor, "rounds.run", { departmentId: target.departmentId, teamId: target.teamId });
  }
}

/** A record as the four-eyes rule sees it: who wrote it (null on rows older than the rule). */

/**
 * May `actor` approve or reject this record of the member at `scope`? Four eyes on official evidence: the review
 * right on the member (another lead of the team, the department head, an administrator) and never a record the actor
 * wrote.
 */
export function canReviewRecord(actor: Actor, scope: RowScope, record: RecordAuthorship): boolean {
  return can(actor, "member.records.review", scope) && !isRecordAuthor(actor, record);
}

/** Top-level sections of the app, and who sees them in the navigation. */
export const SECTIONS = [
  "dashboard",
  "teams",
  "reviews",
  "rounds",
  "heatmap",
  "gaps",
  "staffing",
  "standard",
  "import",
  "admin",
] as const;
export type Section = (typeof SECTIONS)[number];

export function canOpenSection(actor: Pick<Actor, "role" | "leadTeamIds">, section: Section): boolean {
  switch (section) {
    case "reviews":
      // The review queue: records of the teams one leads, of a head's department (an admin sees every team's).
      return actor.role === "admin" || actor.role === "head" || (actor.role === "lead" && actor.leadTeamIds.length > 0);
    case "rounds":
      // Assessment rounds: over the teams one leads, a head's department, anything for an admin.
      return actor.role === "admin" || actor.role === "head" || (actor.role === "lead" && actor.leadTeamIds.length > 0);
    case "dashboard":
    case "standard":
      return true;
    case "teams":
    case "heatmap":
    case "gaps":
    case "staffing":
      return actor.role !== "member";
    case "import":
      // CSV import into the teams one manages (an admin imports anywhere and restores organisations).
      return actor.role === "admin" || actor.role === "head" || (actor.role === "lead" && actor.leadTeamIds.length > 0);
    case "admin":
      return actor.role === "admin";
  }
}
