import { shown } from "../load/read-edition-sources.js";
import type { ChangedInput } from "../output/kept-inputs.js";
import type { ArchivedEdition, Plan, UnfinishedEdition } from "../pipeline/plan-editions.js";
import { folderOptions } from "./command-line.js";
import type { Command } from "./options.js";

/**
 * What build leaves alone before it starts: editions up to date, archived and unfinished ones.
 * Whether any of them may want doing (a changed archived year, an unfinished file).
 */
export function reportPlan(plan: Plan, command: Extract<Command, { name: "build" }>): boolean {
  if (plan.skipped.length > 0) {
    process.stdout.write(`Übersprungen (Daten, Vorlagen und Programm unverändert, Dateien vollständig; --force baut neu): ${listed(plan.skipped)}\n`);
  }
  const archived = archivedLines(plan.archived, command);
  const unfinished = unfinishedLines(plan.unfinished);
  for (const line of [...archived.lines, ...unfinished]) process.stdout.write(`${line}\n`);
  return archived.pending || unfinished.length > 0;
}

/** Each file still being filled in, with the check that lists its gaps (check takes the folder, not the output). */
function unfinishedLines(unfinished: readonly UnfinishedEdition[]): string[] {
  return unfinished.map(
    (edition) =>
      `Noch nicht fertig, nicht gebaut: ${edition.year} – ${shown(edition.file)} enthält ${edition.gaps === 1 ? "eine Stelle" : `${edition.gaps} Stellen`} mit ??? (noch nicht eingetragen). Welche, zeigt: pressemappe check ${edition.year}${folderOptions({ dataDirs: [edition.folder.dataDir], outDir: "output", templatesDir: undefined })}`,
  );
}

function listed(items: readonly string[]): string {
  return items.length <= 5 ? items.join(", ") : `${items.slice(0, 5).join(", ")} und ${items.length - 5} weitere`;
}

/** The year's own data file, as against the publisher file and templates every year shares. */
function ownFile(input: ChangedInput, year: number): boolean {
  return input.folder === "data" && input.name === `${year}.yaml`;
}

const CHANGE_WORDS: Record<Exclude<ChangedInput["change"], "changed">, string> = { missing: "fehlt", added: "hinzugekommen" };

/**
 * The archived editions the run leaves alone: the unchanged in one line, each changed one in its
 * own with the command that makes its new Auflage (repeating this call's folders).
 */
function archivedLines(archived: readonly ArchivedEdition[], command: Extract<Command, { name: "build" }>): { lines: string[]; pending: boolean } {
  const where = (edition: ArchivedEdition) => `${edition.year} (${shown(edition.newest)})`;
  const unchanged = archived.filter((edition) => edition.changed !== "unknown" && edition.changed.length === 0);
  const lines: string[] = [];
  if (unchanged.length > 0) {
    const list = listed(unchanged.map(where));
    lines.push(
      command.newRevision
        ? `Keine neue Auflage, Daten und Vorlagen sind dieselben wie in der letzten Auflage (--force schreibt trotzdem eine): ${list}`
        : `Archiviert und seit der letzten Auflage unverändert (Daten und Vorlagen), nicht gebaut: ${list}`,
    );
  }
  const files = (changed: readonly ChangedInput[]) => listed(changed.map((input) => (input.change === "changed" ? shown(input.path) : `${shown(input.path)} (${CHANGE_WORDS[input.change]})`)));
  // A new phone number or template changes every year's inputs; it is no reason to reissue them all.
  const sharedOnly = archived.filter((edition) => edition.changed !== "unknown" && edition.changed.length > 0 && !edition.changed.some((input) => ownFile(input, edition.year)));
  if (sharedOnly.length > 0) {
    const changed = [...new Map(sharedOnly.flatMap((edition) => edition.changed as readonly ChangedInput[]).map((input) => [input.path, input])).values()];
    lines.push(
      `Archiviert, nicht gebaut: ${listed(sharedOnly.map(where))} – seit der letzten Auflage geändert sind nur Dateien, die alle Jahre teilen: ${files(changed)}. Die archivierten Fassungen bleiben, wie sie erschienen sind; soll eine neu erscheinen: pressemappe build JAHR${folderOptions(command)} --neu-auflage`,
    );
  }
  for (const edition of archived.filter((edition) => !unchanged.includes(edition) && !sharedOnly.includes(edition))) {
    const hint = `Eine neue Auflage schreibt: pressemappe build ${edition.year}${folderOptions(command)} --neu-auflage`;
    if (edition.changed === "unknown") {
      lines.push(`Archiviert, nicht gebaut: ${edition.year} – die letzte Auflage (${shown(edition.newest)}) enthält keine Kopie ihrer Eingaben; ob sich etwas geändert hat, lässt sich nicht sagen. ${hint}`);
      continue;
    }
    lines.push(`Archiviert, nicht gebaut: ${edition.year} – seit der letzten Auflage (${shown(edition.newest)}) geändert: ${files(edition.changed)}. ${hint}`);
  }
  return { lines, pending: archived.some((edition) => !unchanged.includes(edition)) };
}
