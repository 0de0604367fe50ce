// Auth.js's endpoints. Its session endpoint only decodes the token, so it asks currentUser() first: a token whose
// session was signed out or ended elsewhere gets Auth.js's "no session" answer (null), not the user's details.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { currentUser } from "@/lib/auth/session";

export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/session" && !(await currentUser())) return Response.json(null);
  return handlers.GET(request);
}

export const { POST } = handlers;
