// Setup file of the integration project (vitest.config.ts): the one place integration tests mock anything.
// What a request would supply — the database, the signed-in user, Next's cache — comes from
// lib/testing/integration-state.ts (set by useIntegrationDb() and actAs() of integration.ts); everything else runs as
// in production.
import { vi } from "vitest";

vi.mock("@/lib/db/client", async (importOriginal) => {
  const { integrationDb } = await import("./integration-state");
  return { ...(await importOriginal<typeof import("@/lib/db/client")>()), getDb: async () => integrationDb() };
});

vi.mock("@/lib/auth/session", async () => {
  const { integrationActor } = await import("./integration-state");
  const currentUser = async () => integrationActor();
  const requireUser = async () => {
    const user = integrationActor();
    if (!user) throw new Error("requireUser() signed out: actAs(...) first");
    return user;
  };
  return { currentUser, requireUser };
});

// Outside a request Next's revalidatePath throws; the tests check the data, not the cache.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => {},
  revalidateTag: () => {},
}));

// Outside a request Next's cookies() and headers() throw: a request with no cookie and no Accept-Language (so an
// action answers in the actor's saved language, else English).
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers(),
}));
