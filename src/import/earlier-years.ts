import type { Source } from "../load/read-edition-sources.js";
import type { Problem } from "../problem.js";
import type { Catalogue } from "../validate/catalogue.js";
import { toComparable } from "../validate/compare-editions.js";
import { grouped } from "../validate/warnings.js";
import type { ImportedFigures } from "./parse-statistics-csv.js";

/**
 * The CSV's values for earlier years that differ from those years' own edition files, each at its
 * line there, in every series the CSV gives. Statistics are revised, so the imported file takes the
 * CSV's value; the earlier edition stays as it was published, and the user learns of the difference
 * instead of finding it. The earlier files are read as check compares edition files: leniently, as
 * far as they go.
 */
export function differingEarlierYears(
  figures: ImportedFigures,
  earlier: readonly { year: number; source: Source }[],
  names: { csv: string; target: string },
  catalogue: Catalogue,
): Problem[] {
  const found: Problem[] = [];
  for (const { year, source } of earlier) {
    const comparable = toComparable(year, source, catalogue);
    // An unreadable earlier file is that file's own problem, reported when it is checked.
    if (comparable === undefined) continue;
    for (const [reihe, values] of Object.entries(figures.reihen)) {
      const imported = values[String(year)];
      const own = comparable.values.get(`${reihe} ${year}`);
      if (imported === undefined || own === undefined || own.value === imported) continue;
      found.push({
        file: source.file,
        field: own.field,
        line: own.line,
        column: own.column,
        message:
          `${names.csv} nennt für ${year} ${grouped(imported)}, diese Datei ${grouped(own.value)}. ${names.target} übernimmt ${grouped(imported)} als berichtigten Wert; ` +
          `diese Datei bleibt, wie sie ist. Ist ${grouped(own.value)} richtig, in ${names.target} den Wert zurücksetzen.`,
      });
    }
  }
  return found;
}
