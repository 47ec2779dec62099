import { join } from "node:path";
import { insideFolder, readBounded, shown } from "../load/read-edition-sources.js";
import { readFolder } from "../load/read-templates.js";
import { KEPT_DATA, KEPT_TEMPLATES } from "../output/edition-folder.js";
import { sha256 } from "../output/manifest.js";
import type { Problem } from "../problem.js";

/**
 * Compares the inputs an edition folder keeps (path → SHA-256, from its manifest) with the data and
 * template folders as they are now. Archiving after an edit without a rebuild would file documents
 * beside inputs that did not make them; each difference is a problem naming the file.
 */
export async function findChangedInputs(year: number, kept: ReadonlyMap<string, string>, dataDir: string, templatesDir: string): Promise<Problem[]> {
  const rebuild = `Bitte zuerst neu bauen (pressemappe build ${year}), dann archivieren.`;
  const problem = (path: string, message: string): Problem => ({ kind: "archive", file: shown(path), field: [], message: `${message} ${rebuild}` });
  const keptData = [...kept.keys()].filter((path) => path.startsWith(KEPT_DATA));
  if (keptData.length === 0) {
    return [problem(join(dataDir, `${year}.yaml`), `Die Ausgabe ${year} wurde mit einer älteren Version von pressemappe gebaut und enthält ihre Eingaben nicht.`)];
  }
  const problems: Problem[] = [];
  for (const path of keptData) {
    const name = path.slice(KEPT_DATA.length);
    const current = await insideFolder(dataDir, name).then(readBounded).then(({ bytes }) => sha256(bytes), () => undefined);
    if (current === undefined) problems.push(problem(join(dataDir, name), `fehlt, die Ausgabe ${year} wurde aber daraus gebaut.`));
    else if (current !== kept.get(path)) problems.push(problem(join(dataDir, name), `wurde geändert, nachdem die Ausgabe ${year} gebaut wurde; die Dokumente zeigen noch den alten Stand.`));
  }
  const templates = new Map((await readFolder(templatesDir)).map((file) => [`${KEPT_TEMPLATES}${file.name}`, sha256(file.data)]));
  for (const path of [...kept.keys()].filter((path) => path.startsWith(KEPT_TEMPLATES))) {
    const file = join(templatesDir, path.slice(KEPT_TEMPLATES.length));
    if (!templates.has(path)) problems.push(problem(file, `fehlt, die Ausgabe ${year} wurde aber mit dieser Vorlage gebaut.`));
    else if (templates.get(path) !== kept.get(path)) problems.push(problem(file, `wurde geändert, nachdem die Ausgabe ${year} gebaut wurde; die Dokumente zeigen noch den alten Stand.`));
  }
  for (const path of templates.keys()) {
    if (!kept.has(path)) problems.push(problem(join(templatesDir, path.slice(KEPT_TEMPLATES.length)), `ist neu, seit die Ausgabe ${year} gebaut wurde.`));
  }
  return problems;
}
