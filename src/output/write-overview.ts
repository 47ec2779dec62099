import { join } from "node:path";
import type { CompiledTemplates } from "../compose/compile-templates.js";
import { renderOverview } from "../render/overview-page.js";
import { writeFileAtomic } from "../write-atomic.js";
import { listBuiltEditions } from "./built-editions.js";
import { frozenYears } from "./edition-folder.js";

/** <out>/index.html, listing what the folder holds now; call under the output folder's lock. */
export async function writeOverview(outDir: string, templates: CompiledTemplates, style: string): Promise<void> {
  const html = renderOverview(templates, style, await listBuiltEditions(outDir), await frozenYears(outDir));
  await writeFileAtomic(join(outDir, "index.html"), html);
}
