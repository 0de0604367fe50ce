// What runAction logs when a query fails: the error's code and message, never drizzle's "params: …" (which would
// hold the password hash being written).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { z } from "zod";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { loggableError } from "@/lib/errors";
import { runAction } from "./run";

const h = useIntegrationDb();
let f: Fixture;
beforeAll(async () => {
  f = h.fixture;
  actAs(f.actors.admin);
});

const SECRET = "$2b$10$ThisIsTheSecretPasswordHashValueXYZ";

describe("errors in the log", () => {
  it("runAction logs a failed query by code and message, without its parameters", async () => {
    const logged: string[] = [];
    const spy = vi
      .spyOn(console, "error")
      .mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
    try {
      const result = await runAction(z.object({}), {}, async ({ tx }) => {
        await tx.insert(s.users).values({ email: f.users.leadA.email, name: "Clash", passwordHash: SECRET });
        return { data: undefined };
      });
      expect(result).toMatchObject({
        ok: false,
        code: "invalid_state",
        error: expect.stringMatching(/Nothing was saved/),
      });
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^levelboard: action failed: /);
      expect(logged[0]).toMatch(/23505/);
      expect(logged[0]).toMatch(/duplicate key/);
      expect(logged[0]).not.toContain(SECRET);
      expect(logged[0]).not.toMatch(/params/);
    } finally {
      spy.mockRestore();
    }
  });

  it("loggableError keeps the query's causes and drops the parameters", async () => {
    const error = await h.db
      .insert(s.users)
      .values({ email: f.users.leadA.email, name: "Clash", passwordHash: SECRET })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(String((error as Error).message)).toContain(SECRET); // what drizzle's own message would have logged
    const line = loggableError(error);
    expect(line).not.toContain(SECRET);
    expect(line).toMatch(/Failed query: insert into "users"/);
    expect(line).toMatch(/\[23505\]/);
    expect(line.split("\n")).toHaveLength(1);
  });
});
