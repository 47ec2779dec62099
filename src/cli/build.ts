import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { writeEdition } from "../archive/write-edition.js";
import { loadDocumentSet, loadEditions, renderEditions } from "../pipeline.js";
import { launchBrowser } from "../print/launch-browser.js";
import { mapLimit } from "../print/map-limit.js";
import { printPdf } from "../print/print-pdf.js";
import type { Command } from "./args.js";
import { reportProblems, seconds } from "./report.js";

/** Two pages print at once per edition; two editions at once keep a small machine busy without thrashing. */
const EDITIONS_AT_ONCE = Math.max(1, Math.min(2, availableParallelism()));

export async function build({ dataDir, outDir, years, templatesDir }: Extract<Command, { name: "build" }>): Promise<number> {
  const { editions, problems } = await loadEditions(dataDir, years);
  if (problems.length > 0) {
    reportProblems(problems);
    return 1;
  }
  // Everything that can fail without a browser fails before one starts.
  const rendered = renderEditions(await loadDocumentSet(templatesDir), editions);

  const browser = await launchBrowser();
  try {
    await mapLimit(rendered, EDITIONS_AT_ONCE, async ({ jahr, documents }) => {
      const printed = await Promise.all(
        documents.map(async (document) => {
          const started = performance.now();
          const pdf = await printPdf(browser, document.printHtml);
          return { ...document, pdf, took: performance.now() - started };
        }),
      );
      const files = printed.flatMap((document) => [
        { name: `${document.name}.html`, data: document.html },
        { name: `${document.name}.pdf`, data: document.pdf },
      ]);
      const folder = await writeEdition(outDir, jahr, files);
      for (const document of printed) {
        const shown = relative(process.cwd(), join(folder, document.name));
        process.stdout.write(`  ${shown}.html\n  ${shown}.pdf  (${seconds(document.took)})\n`);
      }
    });
  } finally {
    await browser.close();
  }
  const count = rendered.length === 1 ? "1 Ausgabe" : `${rendered.length} Ausgaben`;
  process.stdout.write(`Fertig: ${count} nach ${relative(process.cwd(), outDir) || "."}/ geschrieben.\n`);
  return 0;
}
