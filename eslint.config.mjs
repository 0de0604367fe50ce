import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "scratch/**",
      "node_modules/**",
      ".data/**",
      "drizzle/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  // Tests hold no React components: useIntegrationDb() (lib/testing/integration.ts) registers vitest hooks.
  { files: ["**/*.test.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
