// Server-side helpers every record action shares: loading a record or a member inside the transaction with the
// policy check on that row (a record id of another member than claimed is refused).
import { eq } from "drizzle-orm";
import type { Tx } from "../db/client";
import { RECORD_TABLES, type RecordRow } from "../db/record-tables";
import { memberScope, type MemberScope } from "../db/queries/members";
import { can, type Capability } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { forbidden, invalidState, notFound, thing } from "../errors";
import type { RecordEntity } from "./schemas";
import { refusalOf } from "./transitions";
import { text, type Text } from "../i18n/text";

const CAPABILITY_WORDS: Partial<Record<Capability, Text>> = {
  "member.records.write": text("errors.can.changeRecords"),
  "member.records.submit": text("errors.can.submitRecords"),
  "member.records.review": text("errors.can.reviewRecords"),
  "member.skills.self": text("errors.can.rateSelf"),
  "member.skills.lead": text("errors.can.rateLead"),
};

/** The member's scope after the policy allowed `capability`; not found when the actor may not even read the member. */
export async function authorizeMember(
  tx: Tx,
  actor: CurrentUser,
  memberId: number,
  capability: Capability,
): Promise<MemberScope> {
  return allowOn(actor, await readableMember(tx, actor, memberId), capability);
}

/** The member's scope; not found when the actor may not even read the member (the same answer as an unknown id). */
async function readableMember(tx: Tx, actor: CurrentUser, memberId: number): Promise<MemberScope> {
  const scope = await memberScope(tx, memberId);
  if (!scope || !can(actor, "member.read", scope)) throw notFound(text("errors.things.member"));
  return scope;
}

function allowOn(actor: CurrentUser, scope: MemberScope, capability: Capability): MemberScope {
  if (!can(actor, capability, scope)) throw forbidden(CAPABILITY_WORDS[capability]);
  if (scope.archived) throw invalidState(text("errors.action.memberArchivedRecords"));
  return scope;
}

/**
 * A record, checked to belong to `memberId`, with the policy allowing `capability` on its member. The member is
 * checked first, so a member the actor may not read answers the same whether the record id exists or not.
 */
export async function authorizeRecord(
  tx: Tx,
  actor: CurrentUser,
  entity: RecordEntity,
  id: number,
  memberId: number,
  capability: Capability,
): Promise<{ row: RecordRow; scope: MemberScope }> {
  const readable = await readableMember(tx, actor, memberId);
  const table = RECORD_TABLES[entity];
  const [row] = (await tx.select().from(table).where(eq(table.id, id)).limit(1)) as RecordRow[];
  if (!row || row.memberId !== memberId) throw notFound(thing(entity));
  return { row, scope: allowOn(actor, readable, capability) };
}

/** Only drafts and rejected records are edited in place (TRANSITIONS.edit); a rejected one goes back to draft. */
export function assertEditable(entity: RecordEntity, row: RecordRow): void {
  const refusal = refusalOf("edit", thing(entity), { state: row.reviewState, superseded: !!row.supersededAt });
  if (refusal) throw invalidState(refusal);
}

export const memberPaths = (memberId: number) => [`/members/${memberId}`, "/reviews"];
