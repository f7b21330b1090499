// Two screenshots of the live monitor page a few seconds apart, in headless Chromium (Debian's
// chromium package), driven by playwright-core (no browser download):
//   npm install --prefix /tmp/pw playwright-core
//   NODE_PATH=/tmp/pw/node_modules node screenshots.mjs http://127.0.0.1:8064/ OUT_DIR [SECONDS]
// Prints what each screenshot shows (run, spill, events) so that a caller can check they differ.
import { createRequire } from "module";
const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const [url, outDir, seconds = "6"] = process.argv.slice(2);
if (!url || !outDir) {
  console.error("usage: node screenshots.mjs URL OUT_DIR [SECONDS]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => { if (!r.url().endsWith("/api/events")) errors.push("failed: " + r.url()); });
  await page.goto(url);
  await page.waitForSelector(".plot svg path", { timeout: 30000 });
  await page.waitForFunction(() => document.getElementById("live").classList.contains("on"), null, { timeout: 30000 });
  for (let i = 1; i <= 2; i++) {
    if (i > 1) await page.waitForTimeout(1000 * Number(seconds));
    const shown = await page.textContent("#shown");
    const status = await page.textContent("#status");
    await page.screenshot({ path: `${outDir}/monitor-${i}.png`, fullPage: false });
    console.log(`monitor-${i}.png: ${status} | ${shown}`);
  }
  if (errors.length) {
    console.error("page errors: " + errors.join("; "));
    process.exit(1);
  }
} finally {
  await browser.close();
}
