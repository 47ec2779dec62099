import type { EditionEntry } from "../archive/edition-folder.js";
import type { CompiledTemplates } from "../write/compile-templates.js";
import { styleSlot, withStyle } from "./style.js";
import { typesetGerman } from "./typeset.js";

/** The archive page listing every built edition, newest first. */
export function renderArchiveIndex(templates: CompiledTemplates, style: string, entries: readonly EditionEntry[], frozen: ReadonlySet<number>): string {
  const ausgaben = entries.map((entry) => ({
    ...entry,
    auflage: /-auflage-(\d+)$/.exec(entry.ordner)?.[1],
    archiviert: frozen.has(entry.record.berichtsjahr) && !entry.ordner.includes("-auflage-"),
  }));
  return withStyle(typesetGerman(templates.archiv({ ausgaben, herausgeber: entries[0]?.record.herausgeber, stil: styleSlot })), style);
}
