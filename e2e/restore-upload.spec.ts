// The restore upload on the real server: the whole body reaches the route as a stream (proxy.ts does not run for it,
// which would buffer it and cut it at 10 MB), and past LEVELBOARD_RESTORE_MAX_MB (50 by default) it is refused.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a restore upload larger than 10 MB reaches the route whole; one past the limit is refused with 413", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "admin@levelboard.test");
  const post = (body: Buffer) =>
    page.request.post("/api/admin/import.json", {
      headers: { origin: baseURL!, "content-type": "application/json" },
      data: body,
    });
  // 20 MB of spaces, then a header the restore refuses: only a route that read past 10 MB names the version.
  const header = Buffer.from('{"format":"levelboard-organisation","version":2,"tables":{}}');
  const late = await post(Buffer.concat([Buffer.alloc(20_000_000, 32), header]));
  expect(late.status()).toBe(400);
  expect((await late.json()).errors).toEqual([
    { path: "version", message: "this Levelboard reads version 1 of the export format" },
  ]);
  expect(late.headers()["x-content-type-options"]).toBe("nosniff");
  const big = await post(Buffer.concat([Buffer.alloc(50_000_001, 32), header]));
  expect(big.status()).toBe(413);
  expect(await big.json()).toEqual({
    error: "The file is larger than 50 MB (LEVELBOARD_RESTORE_MAX_MB).",
    limitMb: 50,
  });
});
