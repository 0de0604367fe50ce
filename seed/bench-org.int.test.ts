// A small generated benchmark organisation: every evaluation snapshot it writes, today's and the year of history
// before it, is one the engine could have written — the level, source and "next" agree with the engine's rules
// (levels 1–2 only by exam, next = max(kpi level + 1, 3)), and a member's level only rises with time.
import { describe, expect, it } from "vitest";
import { TransactionRollbackError } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { checkStandings } from "@/lib/evaluation/check";
import { refreshCurrency } from "@/lib/evaluation/currency";
import { useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import { MAX_LEVEL } from "@/lib/itss/fields";
import { levelSource } from "@/lib/itss/evaluate";
import type { FieldEvaluation } from "@/lib/itss/types";
import { seedBenchOrganisation } from "./bench-org";

describe("the bench organisation's snapshots", () => {
  const h = useIntegrationDb({ fixture: false });

  it("agree with the engine", { timeout: 240_000 }, async () => {
    await seedBenchOrganisation(h.db, 100);
    const snaps = await h.db.select().from(s.evaluationSnapshots);
    const history = new Map<string, typeof snaps>();
    let earlier = 0;
    for (const snap of snaps) {
      const e = snap.evaluation as FieldEvaluation & { projectIds: number[] };
      expect(e.level).toBe(snap.level);
      expect(e.source).toBe(snap.source);
      expect(snap.level).toBe(Math.max(snap.kpiLevel, snap.examLevel));
      expect(snap.source).toBe(levelSource(snap.kpiLevel, snap.examLevel));
      expect([0, ...Array.from({ length: MAX_LEVEL[snap.field] - 2 }, (_, i) => i + 3)]).toContain(snap.kpiLevel);
      if (snap.level === 1 || snap.level === 2) expect(snap.source).toBe("exam");
      const next = Math.max(snap.kpiLevel + 1, 3);
      expect(e.next?.level ?? null).toBe(next > MAX_LEVEL[snap.field] ? null : next);
      expect(e.projectIds).toHaveLength(e.projects.length);
      const key = `${snap.memberId}:${snap.field}`;
      history.set(key, [...(history.get(key) ?? []), snap]);
      if (snap.takenAt.getTime() < Date.UTC(2026, 10, 1)) earlier++;
    }
    expect(earlier).toBeGreaterThan(20); // the history is there to check
    for (const rows of history.values()) {
      const levels = rows.sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime()).map((r) => r.level);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
  });
});

// The load writes the teams' counts and the currency once at the end (refreshAllStandings' bulkLoad): they must be
// what the change-by-change path keeps — checkStandings recounts the teams, and a refresh of every member's currency
// and every team's currency counts must change nothing.
describe("the bench organisation's read model", () => {
  const h = useIntegrationDb({ fixture: false });

  it("passes the drift check and has current currency rows", { timeout: 240_000 }, async () => {
    await seedBenchOrganisation(h.db, 200);
    const check = await checkStandings(h.db);
    expect(check.members).toBe(200);
    expect(check.drift).toEqual([]);
    const currency = async (db: Db | Tx) => ({
      members: await db.select().from(s.memberCurrency).orderBy(s.memberCurrency.memberId, s.memberCurrency.field),
      teams: await db.select().from(s.teamCurrencyCounts).orderBy(s.teamCurrencyCounts.teamId),
    });
    const stored = await currency(h.db);
    expect(stored.members.length).toBeGreaterThanOrEqual(200);
    expect(stored.teams).toHaveLength(10);
    expect(stored.teams.some((t) => t.due + t.overdue > 0)).toBe(true);
    const ids = (await h.db.select({ id: s.members.id }).from(s.members)).map((m) => m.id);
    await h.db
      .transaction(async (tx) => {
        for (const id of ids) await refreshCurrency(tx, [id]);
        expect(await currency(tx)).toEqual(stored);
        tx.rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof TransactionRollbackError)) throw e;
      });
  });
});
