// The sign-in page's URL: the callback stays on this site; Auth.js's error codes become one of four reasons.
import { describe, expect, it } from "vitest";
import { parseLoginParams } from "./login";

describe("login params", () => {
  it("keeps a same-site callback path and refuses any other", () => {
    expect(parseLoginParams({ callbackUrl: "/heatmap?teamId=3" }).callbackUrl).toBe("/heatmap?teamId=3");
    expect(parseLoginParams({ callbackUrl: "https://evil.example/x" }).callbackUrl).toBe("/");
    expect(parseLoginParams({ callbackUrl: "//evil.example/x" }).callbackUrl).toBe("/x"); // the path only
    expect(parseLoginParams({}).callbackUrl).toBe("/");
  });

  it("names the reason of a refused sign-in", () => {
    expect(parseLoginParams({}).error).toBeNull();
    expect(parseLoginParams({ error: "CredentialsSignin" }).error).toEqual({ kind: "credentials" });
    expect(parseLoginParams({ error: "AccessDenied" }).error).toEqual({ kind: "accessDenied" });
    expect(parseLoginParams({ error: "Configuration" }).error).toEqual({ kind: "other" });
    expect(parseLoginParams({ error: "CredentialsSignin", code: "too_many_attempts:15" }).error).toEqual({
      kind: "tooMany",
      minutes: 15,
    });
  });
});
