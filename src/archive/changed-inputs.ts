import { join } from "node:path";
import { shown } from "../load/read-edition-sources.js";
import { KEPT_DATA } from "../output/edition-folder.js";
import { changedInputs } from "../output/kept-inputs.js";
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
  if (![...kept.keys()].some((path) => path.startsWith(KEPT_DATA))) {
    return [problem(edition, `Die Ausgabe ${year} wurde mit einer älteren Version von pressemappe gebaut und enthält ihre Eingaben nicht. Bitte neu bauen (${rebuild}), dann archivieren.`)];
  }
  const changed = `wurde geändert, nachdem die Ausgabe ${year} gebaut wurde; die Dokumente zeigen noch den alten Stand. Bitte zuerst neu bauen (${rebuild}), dann archivieren.`;
  const other = `Oder wurde die Ausgabe mit einem anderen Vorlagenordner gebaut? Dann archive mit demselben --templates aufrufen.`;
  return (await changedInputs(kept, dataDir, templatesDir)).map(({ path, name, folder, change }) => {
    if (folder === "data") {
      if (change === "missing") return problem(path, `fehlt; die Ausgabe ${year} wurde daraus gebaut. Die Fassung, aus der sie entstand, liegt in ${shown(join(edition, KEPT_DATA + name))}.`);
      // Only a catalogue can be new beside an edition and still change it.
      if (change === "added") return problem(path, `ist hinzugekommen, nachdem die Ausgabe ${year} gebaut wurde; die Dokumente entstanden ohne diese Datei. Bitte zuerst neu bauen (${rebuild}), dann archivieren.`);
      return problem(path, changed);
    }
    if (change === "missing") return problem(path, `fehlt; die Ausgabe ${year} wurde mit dieser Vorlage gebaut. ${other}`);
    if (change === "added") return problem(path, `ist hinzugekommen, seit die Ausgabe ${year} gebaut wurde. ${other}`);
    return problem(path, `${changed} ${other}`);
  });
}
