import type { TemplateFiles } from "../load/read-templates.js";
import type { Problem } from "../problem.js";

/**
 * Finds figures typed as digits into template prose. A number in a template is a number that goes
 * stale next year; it belongs in the data. Markup, Handlebars expressions, comments, styles and
 * link targets are not prose; article numbers of laws (§ 16i, Abs. 2) are not figures.
 */
export function findLiteralFigures({ shown, files }: TemplateFiles, data?: unknown): Problem[] {
  const fieldsByValue = numberFields(data);
  return Object.entries(files)
    .filter(([path]) => path.endsWith(".hbs"))
    .flatMap(([path, text]) => {
      const prose = blankNonProse(text);
      return [...prose.matchAll(FIGURE)].map((match): Problem => {
        const literal = match[0];
        const before = text.slice(0, match.index);
        const line = before.split("\n").length;
        const column = match.index - before.lastIndexOf("\n");
        const field = fieldsByValue.get(parseGermanNumber(literal));
        const hint = field ? ` Stattdessen aus den Daten: {{${/jahr|stand|gegruendet|von|bis/.test(field) ? field : `zahl ${field}`}}}.` : "";
        return {
          kind: "template" as const,
          file: `${shown}/${path}`,
          field: [],
          line,
          column,
          message: `Die Zahl „${literal}“ steht als Ziffern im Vorlagentext und veraltet mit dem nächsten Jahr.${hint}`,
        };
      });
    });
}

const FIGURE = /(?<![\p{L}\d§])(?<!§ |Abs\. |Art\. )\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;

/** Replaces everything that is not prose with spaces, keeping line and column positions. */
function blankNonProse(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, " ");
  return text
    .replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, blank)
    .replace(/\{\{[\s\S]*?\}\}/g, blank)
    .replace(/<style\b[\s\S]*?<\/style>|<script\b[\s\S]*?<\/script>|<!--[\s\S]*?-->/gi, blank)
    .replace(/<[^>]*>/g, blank)
    .replace(/&#?\w+;/g, blank)
    .replace(/\]\([^)]*\)/g, blank);
}

function parseGermanNumber(literal: string): number {
  return Number(literal.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", "."));
}

/** Every number in the data with the path that holds it, for a hint what to write instead. */
function numberFields(data: unknown, path: string[] = [], found = new Map<number, string>()): Map<number, string> {
  if (typeof data === "number" && !found.has(data)) found.set(data, path.map((key) => (/^\d/.test(key) ? `[${key}]` : key)).join("."));
  else if (data && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) numberFields(value, [...path, key], found);
  }
  return found;
}
