// Global setup of the integration project (vitest.config.ts): migrates one database per run, which every test file's
// database copies (createTestDb, lib/db/test-db.ts) instead of running the migrations again — on a server a template
// database (CREATE DATABASE … TEMPLATE), on PGlite a dump of the data directory loaded by each new PGlite.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { createServerDatabase, PGLITE_DUMP_ENV, TEMPLATE_DATABASE_ENV } from "../db/test-db";

export default async function setup(): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = await createServerDatabase(serverUrl, {
      name: `levelboard_template_${randomBytes(6).toString("hex")}`,
    });
    const handle = await openDatabase({ url: template.url });
    try {
      await migrateDatabase(handle);
    } finally {
      // A template must have no connection open while it is copied.
      await handle.close();
    }
    process.env[TEMPLATE_DATABASE_ENV] = template.name;
    return async () => {
      delete process.env[TEMPLATE_DATABASE_ENV];
      await template.drop();
    };
  }
  const handle = await openDatabase({ pgliteDir: "memory://" });
  const dir = await mkdtemp(path.join(tmpdir(), "levelboard-test-template-"));
  try {
    await migrateDatabase(handle);
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir("none");
    await writeFile(path.join(dir, "pgdata.tar"), Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  process.env[PGLITE_DUMP_ENV] = path.join(dir, "pgdata.tar");
  return async () => {
    delete process.env[PGLITE_DUMP_ENV];
    await rm(dir, { recursive: true, force: true });
  };
}
