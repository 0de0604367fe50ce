// One UI kit: buttons, inputs, selects and text areas come from components/ui (Button, Input, Select, Textarea,
// Checkbox, Radio) or components/forms (TextField, SelectField, SubmitButton…), never as raw elements elsewhere.
export const uiKitRule = {
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
};
