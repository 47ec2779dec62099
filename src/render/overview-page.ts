import type { CompiledTemplates } from "../compose/compile-templates.js";
import { styleSlot, withStyle } from "./style.js";
import { typesetGerman } from "./typeset.js";

/** One built edition folder, as the overview lists it. */
export interface OverviewEntry {
  /** Relative to the output folder: 2018, 2018-auflage-2, or archiv/2018/data when only the bag is left. */
  folder: string;
  files: readonly string[];
  /** As herkunft.json records it; records of older versions lack the headline and the key figure. */
  record: {
    berichtsjahr: number;
    veroeffentlichung: string;
    titel: string;
    herausgeber: string;
    schlagzeile?: string;
    bedarfsgemeinschaften?: number | null;
    bedarfsgemeinschaften_vorjahr?: number | null;
  };
}

/**
 * The page listing every built edition as a series, newest first: <out>/index.html. Each row has
 * the year, the headline and the key figure with its change against the year before, as far as
 * the edition's record holds them, and for an archived edition a link to its bag.
 */
export function renderOverview(templates: CompiledTemplates, style: string, entries: readonly OverviewEntry[], frozen: ReadonlySet<number>): string {
  // The template's words stay German: custom templates (--templates) already use them.
  const ausgaben = entries.map((entry) => {
    const { berichtsjahr } = entry.record;
    const auflage = /-auflage-(\d+)$/.exec(entry.folder)?.[1];
    const archiviert = frozen.has(berichtsjahr) && auflage === undefined;
    return {
      ordner: entry.folder,
      dateien: entry.files,
      record: entry.record,
      jahr: berichtsjahr,
      auflage,
      schlagzeile: entry.record.schlagzeile ?? entry.record.titel,
      kennzahl: keyFigure(berichtsjahr, entry.record.bedarfsgemeinschaften, entry.record.bedarfsgemeinschaften_vorjahr),
      archiviert,
      /** The bag's folder, relative to the overview page. */
      archiv: archiviert ? `archiv/${berichtsjahr}/` : null,
    };
  });
  return withStyle(typesetGerman(templates.archiv({ ausgaben, herausgeber: entries[0]?.record.herausgeber, stil: styleSlot })), style);
}

/** Bedarfsgemeinschaften in the report year and, if recorded, the change against the year before; from zero no rate exists (null). */
function keyFigure(year: number, value: number | null | undefined, previous: number | null | undefined) {
  if (value === undefined || value === null) return null;
  const rate = previous === 0 ? (value === 0 ? 0 : null) : value / (previous ?? 0) - 1;
  const vorjahr = previous === undefined || previous === null ? null : { jahr: year - 1, wert: previous, rate };
  return { wert: value, vorjahr };
}
