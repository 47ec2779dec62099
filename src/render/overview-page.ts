import type { CompiledTemplates } from "../compose/compile-templates.js";
import { styleSlot, withStyle } from "./style.js";
import { typesetGerman } from "./typeset.js";

/** One built edition folder, as the overview lists it. */
export interface OverviewEntry {
  folder: string;
  files: readonly string[];
  record: { berichtsjahr: number; veroeffentlichung: string; titel: string; herausgeber: string };
}

/** The page listing every built edition, newest first: <out>/index.html. */
export function renderOverview(templates: CompiledTemplates, style: string, entries: readonly OverviewEntry[], frozen: ReadonlySet<number>): string {
  // The template's words stay German: custom templates (--templates) already use them.
  const ausgaben = entries.map((entry) => ({
    ordner: entry.folder,
    dateien: entry.files,
    record: entry.record,
    auflage: /-auflage-(\d+)$/.exec(entry.folder)?.[1],
    archiviert: frozen.has(entry.record.berichtsjahr) && !entry.folder.includes("-auflage-"),
  }));
  return withStyle(typesetGerman(templates.archiv({ ausgaben, herausgeber: entries[0]?.record.herausgeber, stil: styleSlot })), style);
}
