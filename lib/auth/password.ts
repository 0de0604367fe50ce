// Password hashing (bcrypt, cost 12) and a constant-cost check for unknown accounts.
import bcrypt from "bcryptjs";

const COST = 12;
// A real hash of a random string: comparing against it costs the same as a real account, so timing
// does not reveal whether an email exists.
const DUMMY_HASH = "$2b$12$GzmYkVXxvtLJnyRyEdNjaeQ.6mX/NoKsr21wg9K3tH3SJI5gV4bVG";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && !!hash;
}
