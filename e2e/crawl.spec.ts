// Every page renders for every role: signed in as each demo role, follow every link the app renders, breadth-first.
import { expect, test } from "@playwright/test";
import { crawl, describeFailures } from "./crawler";
import { signIn } from "./helpers";

const ROLES = ["admin@levelboard.test", "head@levelboard.test", "lead.hw@levelboard.test", "member.hw@levelboard.test"];

for (const email of ROLES) {
  test(`every page linked for ${email} renders`, async ({ page }) => {
    await signIn(page, email);
    const t0 = Date.now();
    const result = await crawl(page);
    console.log(`${email}: ${result.visited.length} pages in ${((Date.now() - t0) / 1000).toFixed(1)} s (${result.capped} more of kinds already seen)`);
    expect(result.visited.length).toBeGreaterThan(3);
    expect(result.failures, describeFailures(result.failures)).toEqual([]);
  });
}
