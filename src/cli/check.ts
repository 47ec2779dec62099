import { loadDocumentSet, loadEditions, renderEditions } from "../pipeline.js";
import type { Command } from "./args.js";
import { reportProblems, reportWarnings } from "./report.js";

/** Everything a build checks before the browser starts: data, templates, and rendering them together. */
export async function check({ dataDir, years, templatesDir, strict }: Extract<Command, { name: "check" }>): Promise<number> {
  const { editions, problems, warnings } = await loadEditions(dataDir, years, { strict });
  reportWarnings(warnings);
  if (problems.length > 0) {
    reportProblems(problems);
    return 1;
  }
  renderEditions(await loadDocumentSet(templatesDir), editions);
  const list = editions.map((edition) => edition.berichtsjahr).join(", ");
  process.stdout.write(`Daten und Vorlagen in Ordnung: ${editions.length === 1 ? "Ausgabe" : "Ausgaben"} ${list}.\n`);
  return 0;
}
