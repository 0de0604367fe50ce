// A refused restore is said by its status in the reader's language, never with the API's English sentence.
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import { restoreFailure } from "./restore-failure";

const say = (locale: "en" | "ja", status: number) => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "forms.restore.failed" });
  const f = restoreFailure(status, 50);
  return t(f.key, "values" in f ? f.values : undefined);
};

describe("restoreFailure", () => {
  it("names what went wrong for each status the route answers", () => {
    expect(restoreFailure(400, 50).key).toBe("invalidFile");
    expect(restoreFailure(409, 50).key).toBe("notEmpty");
    expect(say("en", 413)).toBe("The file is larger than 50 MB. Nothing was restored.");
    expect(restoreFailure(413, 800)).toEqual({ key: "tooLarge", values: { limit: 800 } });
    expect(say("en", 502)).toBe("The restore failed (the server answered 502). Nothing was restored.");
  });

  it("in Japanese, with no English sentence left", () => {
    for (const status of [400, 401, 403, 413, 500, 503]) expect(say("ja", status)).not.toMatch(/[A-Za-z]{3,}/);
    expect(say("ja", 409)).toMatch(/^データベースが空ではありません/);
  });
});
