// Its own module, apart from steps.ts: `import` needs the catalogue and nothing of the templates or the browser.
import { join } from "node:path";
import { CATALOGUE_FILE, readCatalogueSource, shown } from "../load/read-edition-sources.js";
import { ProblemError } from "../problem.js";
import { validateCatalogue } from "../validate/validate-catalogue.js";

/**
 * The figure catalogue of the data folder and its bytes as an edition keeps them. A broken one is
 * refused with its problems: editions are not checked against it.
 */
export async function loadCatalogue(dataDir: string) {
  const source = await readCatalogueSource(dataDir);
  const result = validateCatalogue(shown(join(dataDir, CATALOGUE_FILE)), source);
  if (!result.ok) throw new ProblemError(result.problems);
  return { catalogue: result.value, inputs: source ? [{ name: CATALOGUE_FILE, data: source.bytes }] : [] };
}
