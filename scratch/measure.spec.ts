import { test } from "@playwright/test";
import { signIn } from "../e2e/helpers";

test("measure", async ({ page }) => {
  await signIn(page, "head@levelboard.test");
  const paths = ["/heatmap", "/heatmap?size=100", "/heatmap?size=100&sort=hardware_technology&dir=desc&group=0", "/heatmap?minLevel=3&item=leadership&itemMin=3&size=100", "/heatmap?page=50", "/api/v1/heatmap?field=hardware&limit=500", "/api/export/heatmap?field=hardware"];
  for (const p of paths) {
    await page.request.get(p); // warm
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 3; i++) {
      const t = Date.now();
      const res = await page.request.get(p);
      const body = await res.body();
      times.push(Date.now() - t);
      size = body.length;
    }
    times.sort((a, b) => a - b);
    console.log(`${p}\tmedian ${times[1]} ms\t${(size / 1024).toFixed(0)} kB`);
  }
});
