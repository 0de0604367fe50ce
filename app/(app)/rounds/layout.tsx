import { requireSection } from "@/lib/auth/section";

// Decides access before the section's loading boundary streams: a role that may not open it gets a 403 page.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireSection("rounds");
  return children;
}
