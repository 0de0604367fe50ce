// The organisation export written to a file (`npm run admin -- export FILE`), streamed as the download is: the
// database is read in pages and each piece written as it comes, so memory stays bounded at any size (the whole
// export in memory took 2.5 GB at 10,000 members). The text goes to FILE.partial, readable by its owner only (it
// holds password hashes), and is renamed to FILE once complete: a failure leaves FILE as it was.
import { createWriteStream } from "node:fs";
import { chmod, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import type { Db } from "../db/client";
import { writeOrganisation } from "./org-json";

export async function writeOrganisationFile(db: Db, file: string): Promise<void> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  failed.catch(() => {});
  try {
    await Promise.race([failed, once(out, "open")]);
    await chmod(partial, 0o600); // a .partial left by an earlier run keeps its old mode otherwise
    await Promise.race([
      failed,
      writeOrganisation(db, async (text) => {
        if (!out.write(text)) await Promise.race([failed, once(out, "drain")]);
      }),
    ]);
    out.end();
    await Promise.race([failed, once(out, "finish")]);
    await rename(partial, file);
  } catch (e) {
    out.destroy();
    await rm(partial, { force: true });
    throw e;
  }
}
