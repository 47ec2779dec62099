import { join } from "node:path";
import { insideFolder, readBounded, shown } from "../load/read-edition-sources.js";
import { readFolder } from "../load/read-templates.js";
import { KEPT_DATA, KEPT_TEMPLATES } from "../output/edition-folder.js";
import { sha256 } from "../output/manifest.js";
import type { Problem } from "../problem.js";

export interface InputsToCompare {
  year: number;
  /** The edition folder. */
  edition: string;
  /** The files the edition folder keeps (path → SHA-256, from its manifest). */
  kept: ReadonlyMap<string, string>;
  dataDir: string;
  templatesDir: string;
  /** The command that rebuilds this edition, for the advice. */
  rebuild: string;
}

/**
 * Compares the inputs an edition folder keeps with the data and template folders as they are now.
 * A figure corrected but not rebuilt would be frozen in its old state without a word; each
 * difference is a problem naming the file, and archive refuses until the edition is rebuilt.
 */
export async function findChangedInputs({ year, edition, kept, dataDir, templatesDir, rebuild }: InputsToCompare): Promise<Problem[]> {
  const problem = (path: string, message: string): Problem => ({ kind: "archive", file: shown(path), field: [], message });
  const changed = `wurde geändert, nachdem die Ausgabe ${year} gebaut wurde; die Dokumente zeigen noch den alten Stand. Bitte zuerst neu bauen (${rebuild}), dann archivieren.`;
  const keptData = [...kept.keys()].filter((path) => path.startsWith(KEPT_DATA));
  if (keptData.length === 0) {
    return [problem(edition, `Die Ausgabe ${year} wurde mit einer älteren Version von pressemappe gebaut und enthält ihre Eingaben nicht. Bitte neu bauen (${rebuild}), dann archivieren.`)];
  }
  const problems: Problem[] = [];
  for (const path of keptData) {
    const name = path.slice(KEPT_DATA.length);
    const current = await insideFolder(dataDir, name).then(readBounded).then(({ bytes }) => sha256(bytes), () => undefined);
    if (current === undefined) {
      problems.push(problem(join(dataDir, name), `fehlt; die Ausgabe ${year} wurde daraus gebaut. Die Fassung, aus der sie entstand, liegt in ${shown(join(edition, path))}.`));
    } else if (current !== kept.get(path)) problems.push(problem(join(dataDir, name), changed));
  }
  const templates = new Map((await readFolder(templatesDir)).map((file) => [`${KEPT_TEMPLATES}${file.name}`, sha256(file.data)]));
  const other = `Oder wurde die Ausgabe mit einem anderen Vorlagenordner gebaut? Dann archive mit demselben --templates aufrufen.`;
  for (const path of [...kept.keys()].filter((path) => path.startsWith(KEPT_TEMPLATES))) {
    const file = join(templatesDir, path.slice(KEPT_TEMPLATES.length));
    if (!templates.has(path)) problems.push(problem(file, `fehlt; die Ausgabe ${year} wurde mit dieser Vorlage gebaut. ${other}`));
    else if (templates.get(path) !== kept.get(path)) problems.push(problem(file, `${changed} ${other}`));
  }
  for (const path of templates.keys()) {
    if (!kept.has(path)) problems.push(problem(join(templatesDir, path.slice(KEPT_TEMPLATES.length)), `ist hinzugekommen, seit die Ausgabe ${year} gebaut wurde. ${other}`));
  }
  return problems;
}
