import { shown } from "../load/read-edition-sources.js";
import type { ChangedInput } from "../output/kept-inputs.js";
import type { ArchivedEdition, Plan } from "../pipeline/plan-editions.js";
import { folderOptions } from "./command-line.js";
import type { Command } from "./options.js";

/** What build leaves alone before it starts: editions up to date, and archived ones. */
export function reportPlan(plan: Plan, command: Extract<Command, { name: "build" }>): void {
  if (plan.skipped.length > 0) {
    process.stdout.write(`Übersprungen (Daten, Vorlagen und Programm unverändert, Dateien vollständig; --force baut neu): ${listed(plan.skipped)}\n`);
  }
  for (const line of archivedLines(plan.archived, command)) process.stdout.write(`${line}\n`);
}

function listed(items: readonly string[]): string {
  return items.length <= 5 ? items.join(", ") : `${items.slice(0, 5).join(", ")} und ${items.length - 5} weitere`;
}

const CHANGE_WORDS: Record<Exclude<ChangedInput["change"], "changed">, string> = { missing: "fehlt", added: "hinzugekommen" };

/**
 * The archived editions the run leaves alone: the unchanged in one line, each changed one in its
 * own with the command that makes its new Auflage (repeating this call's folders).
 */
function archivedLines(archived: readonly ArchivedEdition[], command: Extract<Command, { name: "build" }>): string[] {
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
  for (const edition of archived.filter((edition) => !unchanged.includes(edition))) {
    const hint = `Eine neue Auflage schreibt: pressemappe build ${edition.year}${folderOptions(command)} --neu-auflage`;
    if (edition.changed === "unknown") {
      lines.push(`Archiviert, nicht gebaut: ${edition.year} – die letzte Auflage (${shown(edition.newest)}) enthält keine Kopie ihrer Eingaben; ob sich etwas geändert hat, lässt sich nicht sagen. ${hint}`);
      continue;
    }
    const files = listed(edition.changed.map((input) => (input.change === "changed" ? shown(input.path) : `${shown(input.path)} (${CHANGE_WORDS[input.change]})`)));
    lines.push(`Archiviert, nicht gebaut: ${edition.year} – seit der letzten Auflage (${shown(edition.newest)}) geändert: ${files}. ${hint}`);
  }
  return lines;
}
