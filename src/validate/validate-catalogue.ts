import type { Source } from "../load/read-edition-sources.js";
import { builtInCatalogue, catalogueFileSchema, mergeCatalogue, type Catalogue } from "./catalogue.js";
import { validateSource, type Validation } from "./validate-edition.js";

/**
 * The catalogue in force for a data folder: the built-in figures, with those of its
 * `kennzahlen.yaml` (`source`, when the folder has one) added or overriding them by key.
 */
export function validateCatalogue(file: string, source: Source | undefined): Validation<Catalogue> {
  // A file of comments only (examples not yet taken up) adds nothing, like no file.
  if (source === undefined || source.text.split("\n").every((line) => /^\s*(#.*)?$/.test(line))) return { ok: true, value: builtInCatalogue(file), warnings: [] };
  const result = validateSource(source, catalogueFileSchema());
  return result.ok ? { ok: true, value: mergeCatalogue(file, result.value), warnings: [] } : result;
}
