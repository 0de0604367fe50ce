import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Levelboard", template: "%s · Levelboard" },
  description: "Team skills matrix on the IT Skill Standard (Customer Service).",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
