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
  // One UI kit: buttons, inputs, selects and text areas come from components/ui (Button, Input, Select, Textarea,
  // Checkbox, Radio) or components/forms (TextField, SelectField, SubmitButton…), never as raw elements elsewhere.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/ui/**", "components/forms/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "JSXOpeningElement[name.name=/^(button|input|select|textarea)$/]:not(:has(JSXAttribute[name.name='type'][value.value='hidden']))",
          message:
            "Use the kit: <Button>/<SubmitButton> (components/ui/button.tsx, components/forms), <Input>/<Select>/<Textarea>/<Checkbox>/<Radio> (components/ui) or a field from components/forms/fields.tsx.",
        },
      ],
    },
  },
  // Tests hold no React components: useIntegrationDb() (lib/testing/integration.ts) registers vitest hooks.
  { files: ["**/*.test.ts"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
