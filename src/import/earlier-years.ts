import type { Source } from "../load/read-edition-sources.js";
import type { Problem } from "../problem.js";
import { parseYaml } from "../validate/parse-yaml.js";
import { grouped } from "../validate/warnings.js";
import type { ImportedFigures } from "./parse-statistics-csv.js";

const SERIES = ["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften"] as const;

/**
 * The CSV's values for earlier years that differ from those years' own edition files, each at its
 * line there. Statistics are revised, so the imported file takes the CSV's value; the earlier
 * edition stays as it was published, and the user learns of the difference instead of finding it.
 */
export function differingEarlierYears(figures: ImportedFigures, earlier: readonly { year: number; source: Source }[], names: { csv: string; target: string }): Problem[] {
  const found: Problem[] = [];
  for (const { year, source } of earlier) {
    const parsed = parseYaml(source.file, source.text);
    // An unreadable earlier file is that file's own problem, reported when it is checked.
    if (!parsed.ok) continue;
    const kennzahlen = (parsed.parsed.value as { kennzahlen?: Record<string, unknown> }).kennzahlen;
    for (const reihe of SERIES) {
      const imported = figures[reihe][String(year)];
      const series = kennzahlen?.[reihe];
      const own = typeof series === "object" && series !== null ? (series as Record<string, unknown>)[String(year)] : undefined;
      if (imported === undefined || typeof own !== "number" || own === imported) continue;
      const field = ["kennzahlen", reihe, String(year)];
      found.push({
        file: source.file,
        field,
        ...parsed.parsed.locate(field),
        message:
          `${names.csv} nennt für ${year} ${grouped(imported)}, diese Datei ${grouped(own)}. ${names.target} übernimmt ${grouped(imported)} als berichtigten Wert; ` +
          `diese Datei bleibt, wie sie ist. Ist ${grouped(own)} richtig, in ${names.target} den Wert zurücksetzen.`,
      });
    }
  }
  return found;
}
