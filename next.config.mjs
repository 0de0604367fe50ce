import createNextIntlPlugin from "next-intl/plugin";

// UI text in English and Japanese: i18n/request.ts picks the language and messages of each request.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  // Parallel local builds (several developers on one machine) each use their own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
  // forbidden(): a section the role may not open answers 403 (lib/auth/section.ts).
  experimental: { authInterrupts: true },
  // Import has its own place (/import: heads and leads import too, Admin is for administrators); old links still work.
  // proxy.ts sets the security headers of every page, API answer and export; the static assets it skips get these.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  async redirects() {
    return [{ source: "/admin/import", destination: "/import", permanent: true }];
  },
};

export default withNextIntl(nextConfig);
