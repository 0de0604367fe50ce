import { requireSection } from "@/lib/auth/section";

// Decides access to the whole Admin section before anything streams: a role that may not open it gets the 403 page.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireSection("admin");
  return children;
}
