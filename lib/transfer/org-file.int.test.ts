// `npm run admin -- export FILE` streams the export to a file: the same bytes as the download, owner-only, and a
// failed export leaves an existing FILE as it was, with no partial file behind.
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useIntegrationDb } from "../testing/integration";
import type { Db } from "../db/client";
import { exportOrganisation, serializeOrganisation } from "./org-json";
import { writeOrganisationFile } from "./org-file";

describe("writeOrganisationFile", () => {
  const ctx = useIntegrationDb();
  const dir = mkdtempSync(path.join(tmpdir(), "levelboard-org-file-"));

  it("writes the same text as the export, readable by its owner only", async () => {
    const file = path.join(dir, "org.json");
    await writeOrganisationFile(ctx.db, file);
    expect(readFileSync(file, "utf8")).toBe(serializeOrganisation(await exportOrganisation(ctx.db)));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it("leaves an existing file untouched and no partial file when the export fails half-way", async () => {
    const file = path.join(dir, "kept.json");
    writeFileSync(file, "the earlier export");
    let queries = 0;
    // A database whose third read fails, as a connection dropping in the middle of the export would.
    const failing = new Proxy(ctx.db, {
      get(target, prop, receiver) {
        if (prop !== "transaction") return Reflect.get(target, prop, receiver);
        return (fn: (tx: unknown) => Promise<unknown>, config?: unknown) =>
          target.transaction(
            (tx) =>
              fn(
                new Proxy(tx, {
                  get(t, p, r) {
                    if (p === "select" && ++queries === 3) throw new Error("connection lost");
                    return Reflect.get(t, p, r);
                  },
                }),
              ),
            config as never,
          );
      },
    }) as Db;
    await expect(writeOrganisationFile(failing, file)).rejects.toThrow(/connection lost/);
    expect(queries).toBe(3);
    expect(readFileSync(file, "utf8")).toBe("the earlier export");
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it("names the problem when the folder does not exist", async () => {
    await expect(writeOrganisationFile(ctx.db, path.join(dir, "missing", "org.json"))).rejects.toThrow(/ENOENT/);
  });
});
