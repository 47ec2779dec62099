// The steps before printing, each over one edition or one template folder: load and validate the
// data, load and check the templates, derive → compose → render. run-editions.ts puts them in order.
import { deriveFigures } from "../derive/derive-figures.js";
import { PUBLISHER_FILE, readEditionSource, readLogo, readOtherEditionSources, readPublisherSource } from "../load/read-edition-sources.js";
import { printProfile, readFolder, readFonts, templateTexts, type TemplateFiles } from "../load/read-templates.js";
import { readTemplateCache, writeTemplateCache } from "../load/template-cache.js";
import { templatesDir } from "../paths.js";
import { ProblemError, type Problem } from "../problem.js";
import { loadCatalogue } from "./load-catalogue.js";
import { renderPages, type RenderedDocuments } from "../render/render-pages.js";
import { inlineStyle } from "../render/style.js";
import { findLiteralFigures } from "../validate/check-template-figures.js";
import { compareEditions, toComparable, type Comparable } from "../validate/compare-editions.js";
import type { Edition } from "../validate/schema.js";
import { validateEdition } from "../validate/validate-edition.js";
import { compileTemplates, type CompiledTemplates } from "../compose/compile-templates.js";
import { composeTexts } from "../compose/compose-texts.js";
import type { OutputFile } from "../write-atomic.js";

/** A valid edition and the bytes of every data file it was made from, by name in the data folder. */
export interface LoadedEdition {
  edition: Edition;
  inputs: OutputFile[];
}

export interface LoadedEditions {
  editions: LoadedEdition[];
  problems: Problem[];
  warnings: Problem[];
}

const dataInput = (name: string, bytes: Uint8Array): OutputFile => ({ name, data: bytes });

/**
 * Loads and validates the given years of a data folder; collects every problem of every file. Each
 * valid edition is also compared with every other edition file of the folder, built or not. With
 * `strict`, warnings count as problems.
 */
export async function loadEditions(dataDir: string, years: readonly number[], options: { strict?: boolean } = {}): Promise<LoadedEditions> {
  const editions: LoadedEdition[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const collect = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const publisher = await collect(() => readPublisherSource(dataDir));
  const catalogue = await collect(() => loadCatalogue(dataDir));
  const comparables: Comparable[] = [];
  const compared: number[] = [];
  for (const year of years) {
    const source = await collect(() => readEditionSource(dataDir, year));
    const comparable = source && catalogue && !comparables.some((known) => known.year === year) ? toComparable(year, source, catalogue.catalogue) : undefined;
    if (comparable) comparables.push(comparable);
    if (!publisher || !source || !catalogue) continue;
    const result = validateEdition(publisher, source, catalogue.catalogue);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const inputs = [dataInput(PUBLISHER_FILE, publisher.bytes), ...catalogue.inputs, dataInput(`${year}.yaml`, source.bytes)];
    const logoFile = result.value.herausgeber.logo;
    const logo = logoFile === undefined ? undefined : await collect(() => readLogo(dataDir, logoFile));
    if (logoFile !== undefined && logo !== undefined) inputs.push(dataInput(logoFile, logo.bytes));
    editions.push({ edition: logo === undefined ? result.value : { ...result.value, logo: logo.url }, inputs });
    warnings.push(...result.warnings);
    compared.push(year);
  }
  if (catalogue && compared.length > 0) {
    for (const other of await readOtherEditionSources(dataDir, years)) {
      const comparable = toComparable(other.year, other.source, catalogue.catalogue);
      if (comparable) comparables.push(comparable);
    }
    for (const year of compared) warnings.push(...compareEditions(year, comparables));
  }
  // The publisher file is shared by every edition, and a disagreement between two editions is found from both: report each once.
  const unique = once(problems);
  const warned = once(warnings);
  return options.strict ? { editions, problems: [...unique, ...warned], warnings: [] } : { editions, problems: unique, warnings: warned };
}

function once(problems: Problem[]): Problem[] {
  return [...new Map(problems.map((problem) => [JSON.stringify(problem), problem])).values()];
}

export interface DocumentSet {
  files: TemplateFiles;
  /** Every file of the template folder, as read, by path relative to it. */
  inputs: OutputFile[];
  templates: CompiledTemplates;
  style: string;
  srgbProfile: Uint8Array;
}

/** Reads and compiles the templates, style, fonts and colour profile once per process. */
export async function loadDocumentSet(dir = templatesDir): Promise<DocumentSet> {
  // One reading of the folder: the same bytes are compiled, printed with and kept in the edition.
  const [folder, fonts] = await Promise.all([readFolder(dir), readFonts()]);
  const files = templateTexts(dir, folder);
  const srgbProfile = printProfile(dir, folder);
  const known = await readTemplateCache(files);
  const { templates, specs } = compileTemplates(files, known);
  if (Object.keys(specs).some((key) => known[key] !== specs[key])) await writeTemplateCache(files, specs);
  return { files, inputs: folder, templates, style: inlineStyle(templates.stil, fonts), srgbProfile };
}

/** Refuses templates that hold figures typed as digits; `example` supplies hints which field to use instead. */
export function checkTemplates(set: DocumentSet, example?: Edition): void {
  const stale = findLiteralFigures(set.files, example);
  if (stale.length > 0) throw new ProblemError(stale);
}

/** One validated edition → its HTML documents. */
export function renderEdition(set: DocumentSet, edition: Edition): RenderedDocuments {
  const figures = deriveFigures(edition);
  const texts = composeTexts(set.templates, edition, figures);
  return renderPages(set.templates, texts, set.style);
}
