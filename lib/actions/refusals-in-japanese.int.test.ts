// A refusal is a whole sentence in the actor's language: the verb phrase of "You are not allowed to …" included
// (it was glued in English: "change this team権限がありません。"), and the field errors with it.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Fixture } from "@/lib/testing/fixture";
import type { ActionResult } from "./run";
import { archiveTeam, restoreTeam, updateTeam } from "./teams";
import { archiveMember, updateMember } from "./members";
import { createTarget } from "./targets";
import { setUserDisabled } from "./users";

const it_ = useIntegrationDb();
let f: Fixture;
beforeAll(() => {
  f = it_.fixture;
});

/** No Latin letter in the message nor in any field error: nothing was left in English. */
/** errors.action.chooseTeam in Japanese. */
const JA_CHOOSE_TEAM = "既存のチームを選んでください。";

function expectJapanese(r: ActionResult<unknown>, code: string, error: string) {
  expect(r).toMatchObject({ ok: false, code, error });
  if (r.ok) return;
  for (const message of [r.error, ...Object.values(r.fieldErrors ?? {})]) expect(message).not.toMatch(/[A-Za-z]/);
}

describe("refusals in Japanese", () => {
  it("a lead who may read the team but not manage it", async () => {
    actAs({ ...f.actors.leadA, locale: "ja" });
    const team = { id: f.teams.teamA.id, version: 1 };
    expectJapanese(
      await updateTeam({ ...team, name: "Renamed", field: "hardware" }),
      "forbidden",
      "このチームを変更する権限がありません。",
    );
    expectJapanese(await archiveTeam(team), "forbidden", "このチームをアーカイブする権限がありません。");
    expectJapanese(await restoreTeam(team), "forbidden", "このチームを復元する権限がありません。");
  });

  it("a member who may read their own member row (policy: member.read) but not manage it", async () => {
    actAs({ ...f.actors.memberA, locale: "ja" });
    const member = { id: f.members.memberA.id, version: 1 };
    expectJapanese(
      await updateMember({ ...member, name: "Renamed" }),
      "forbidden",
      "このメンバーを編集する権限がありません。",
    );
    expectJapanese(await archiveMember(member), "forbidden", "このメンバーをアーカイブする権限がありません。");
  });

  it("a lead setting targets of a team they cannot read: the one answer for a missing team, in Japanese", async () => {
    // team.read and team.targets.write go together, so a team out of reach is answered as a missing one
    // (lib/actions/uniform-denial.int.test.ts), never "not allowed".
    actAs({ ...f.actors.leadB, locale: "ja" });
    const r = await createTarget({
      teamId: f.teams.teamA.id,
      field: "hardware",
      kind: "level",
      minLevel: 2,
      minCount: 1,
    });
    expect(r).toMatchObject({ ok: false, code: "validation" });
    if (r.ok) return;
    for (const message of [r.error, ...Object.values(r.fieldErrors ?? {})]) expect(message).not.toMatch(/[A-Za-z]/);
    expect(r.fieldErrors?.teamId).toBe(JA_CHOOSE_TEAM);
  });

  it("an administrator enabling an enabled account", async () => {
    actAs({ ...f.actors.admin, locale: "ja" });
    const r = await setUserDisabled({ id: f.users.leadB.id, version: 1, disabled: false });
    expectJapanese(r, "invalid_state", "このアカウントはすでに有効です。");
  });
});
