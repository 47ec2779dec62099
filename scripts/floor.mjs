// The floor for the benchmark: the same Chromium through Puppeteer, printing given HTML files to
// PDF with N tabs, nothing else. Usage: node scripts/floor.mjs CONCURRENCY LISTFILE OUTDIR
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import puppeteer from "puppeteer";

const [concurrency = "4", list = "", outDir = ""] = process.argv.slice(2);
const files = (await readFile(list, "utf8")).split("\n").filter(Boolean);
const browser = await puppeteer.launch({
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || "/usr/bin/chromium",
  pipe: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
let next = 0;
await Promise.all(
  Array.from({ length: Number(concurrency) }, async () => {
    const page = await browser.newPage();
    while (next < files.length) {
      const index = next++;
      await page.setContent(await readFile(files[index], "utf8"), { waitUntil: "load" });
      await writeFile(join(outDir, `${index}.pdf`), await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true, tagged: true, outline: true }));
    }
  }),
);
await browser.close();
