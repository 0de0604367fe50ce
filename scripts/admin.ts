// Operator commands for a real deployment (no demo data):
//   npm run admin -- create-admin EMAIL "NAME"   first administrator; password from LEVELBOARD_ADMIN_PASSWORD or generated
//   npm run admin -- restore FILE                restores an organisation JSON export into an empty database
//   npm run admin -- export FILE                 writes the organisation JSON export
// Uses DATABASE_URL (or the embedded database). One clear line and exit 1 on any problem.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { fail, openMigratedDatabase } from "./open-db";
import { users } from "../lib/db/schema";
import { writeAudit } from "../lib/db/audit";
import { loggableError } from "../lib/errors";
import { hashPassword } from "../lib/auth/password";
import { importOrganisation, parseOrganisation } from "../lib/transfer/org-json";
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
      let text: string;
      try {
        text = readFileSync(args[0], "utf8");
      } catch {
        fail(`FILE: cannot read ${args[0]}.`);
      }
      const parsed = parseOrganisation(text);
      if (!parsed.ok)
        fail(
          `${args[0]} is not a Levelboard export: ${parsed.errors
            .slice(0, 3)
            .map((e) => `${e.path}: ${e.message}`)
            .join("; ")}`,
        );
      const counts = await handle.db.transaction((tx) => importOrganisation(tx, parsed.data));
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
