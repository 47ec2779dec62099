import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { frozenYears, listBuiltEditions } from "../archive/edition-folder.js";
import { loadDocumentSet, type DocumentSet } from "../pipeline.js";
import { renderArchiveIndex } from "../render/archive-index.js";

/** <out>/index.html, written whole and swapped in; call under the output folder's lock. */
export async function writeArchiveIndex(outDir: string, templatesDir?: string, set?: DocumentSet): Promise<void> {
  const documents = set ?? (await loadDocumentSet(templatesDir));
  const html = renderArchiveIndex(documents.templates, documents.style, await listBuiltEditions(outDir), await frozenYears(outDir));
  const temporary = join(outDir, `.index.html.neu-${process.pid}`);
  await writeFile(temporary, html);
  await rename(temporary, join(outDir, "index.html"));
}
