// Operator commands for a real deployment (no demo data):
//   npm run admin -- create-admin EMAIL "NAME"   first administrator; password from LEVELBOARD_ADMIN_PASSWORD or generated
//   npm run admin -- restore FILE                restores an organisation JSON export into an empty database (streamed)
//   npm run admin -- export FILE                 writes the organisation JSON export
// Uses DATABASE_URL (or the embedded database). One clear line and exit 1 on any problem.
import { randomBytes } from "node:crypto";
import { open, type FileHandle } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { fail, openMigratedDatabase } from "./open-db";
import { users } from "../lib/db/schema";
import { writeAudit } from "../lib/db/audit";
import { loggableError } from "../lib/errors";
import { hashPassword } from "../lib/auth/password";
import { OrgFileError, restoreOrganisation } from "../lib/transfer/org-restore";
import { writeOrganisationFile } from "../lib/transfer/org-file";

const USAGE = 'usage: npm run admin -- create-admin EMAIL "NAME" | restore FILE | export FILE';

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) fail(USAGE);
  const handle = await openMigratedDatabase();
  try {
    if (command === "create-admin") {
      const email = z.string().trim().toLowerCase().email().max(254).safeParse(args[0]);
      if (!email.success) fail(`EMAIL: "${args[0] ?? ""}" is not a valid email address. ${USAGE}`);
      const name = (args[1] ?? "").trim() || "Administrator";
      const given = process.env.LEVELBOARD_ADMIN_PASSWORD;
      if (given !== undefined && given.length < 12) fail("LEVELBOARD_ADMIN_PASSWORD must be at least 12 characters.");
      const password = given ?? randomBytes(12).toString("base64url");
      const [existing] = await handle.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, email.data))
        .limit(1);
      if (existing) fail(`an account with the email ${email.data} already exists.`);
      const passwordHash = await hashPassword(password);
      await handle.db.transaction(async (tx) => {
        const [u] = await tx.insert(users).values({ email: email.data, name, role: "admin", passwordHash }).returning();
        await writeAudit(tx, {
          actorUserId: null,
          action: "create",
          entity: "user",
          entityId: u.id,
          after: { email: u.email, name: u.name, role: u.role },
        });
      });
      console.log(
        `levelboard: administrator ${email.data} created.${given === undefined ? ` Password: ${password}` : ""}`,
      );
    } else if (command === "restore") {
      if (!args[0]) fail(`FILE: missing. ${USAGE}`);
      // Read as a stream, whatever its size: memory holds a piece of the file and a batch of rows (no size limit).
      let file: FileHandle;
      try {
        file = await open(args[0], "r");
      } catch {
        fail(`FILE: cannot read ${args[0]}.`);
      }
      let counts: Awaited<ReturnType<typeof restoreOrganisation>>;
      try {
        counts = await handle.db.transaction((tx) =>
          restoreOrganisation(tx, file.createReadStream({ highWaterMark: 1 << 20 })),
        );
      } catch (e) {
        if (e instanceof OrgFileError)
          fail(`${args[0]} is not a Levelboard export (nothing was restored): ${e.message}`);
        throw e;
      } finally {
        await file.close().catch(() => {});
      }
      console.log(`levelboard: restored ${counts.members ?? 0} members in ${counts.teams ?? 0} teams.`);
    } else if (command === "export") {
      if (!args[0]) fail(`FILE: missing. ${USAGE}`);
      // Streamed to FILE.partial (owner-only: it holds password hashes), renamed once complete.
      await writeOrganisationFile(handle.db, args[0]);
      console.log(`levelboard: organisation written to ${args[0]}.`);
    } else {
      fail(`unknown command "${command}". ${USAGE}`);
    }
  } catch (e) {
    fail(loggableError(e));
  } finally {
    await handle.close();
  }
}

main();
