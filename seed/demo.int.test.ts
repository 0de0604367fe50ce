// The demo organisation as seeded: no self-rating carries a date without a level (it showed as "—" with a date),
// nor a lead rating a date or assessor without a level.
import { describe, expect, it } from "vitest";
import { and, isNotNull, isNull, or } from "drizzle-orm";
import { useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import { seedDemo } from "./demo";

describe("the demo seed", () => {
  const h = useIntegrationDb({ fixture: false });

  it("writes a rating's date only with its level", async () => {
    await h.db.transaction(async (tx) => {
      await seedDemo(tx as never);
    });
    const a = s.skillAssessments;
    const all = await h.db.select().from(a);
    expect(all.some((r) => r.selfLevel === null)).toBe(true); // the demo has unrated items: the check has cases
    const dated = await h.db
      .select()
      .from(a)
      .where(
        or(
          and(isNull(a.selfLevel), isNotNull(a.selfAssessedOn)),
          and(isNull(a.leadLevel), or(isNotNull(a.leadAssessedOn), isNotNull(a.leadAssessorId))),
        ),
      );
    expect(dated).toEqual([]);
  });
});
