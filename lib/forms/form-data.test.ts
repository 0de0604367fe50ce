import { describe, expect, it } from "vitest";
import { formToObject } from "./form-data";

describe("formToObject", () => {
  it("takes first values, lists for array keys (empty when absent), and drops React's action fields", () => {
    const form = new FormData();
    form.append("name", "Ada");
    form.append("complexity", "multi_platform");
    form.append("complexity", "multi_vendor");
    form.append("$ACTION_ID_abc", "");
    expect(formToObject(form, ["complexity", "tags"])).toEqual({
      name: "Ada",
      complexity: ["multi_platform", "multi_vendor"],
      tags: [],
    });
  });
});
