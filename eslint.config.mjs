import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { uiKitRule } from "./lint/ui-kit.mjs";

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
  // One UI kit: no raw <button>/<input>/<select>/<textarea> outside components/ui and components/forms.
  uiKitRule,
  // Tests hold no React components: useIntegrationDb() (lib/testing/integration.ts) registers vitest hooks.
  { files: ["**/*.test.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
