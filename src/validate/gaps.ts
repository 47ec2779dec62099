import { isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { Problem } from "../problem.js";

/**
 * A value still to be entered. Three question marks read as "unknown" to anyone, need no quotes
 * (YAML reads them as text) and are never a real date, count or status; `pressemappe neu` writes
 * them, and `check` refuses them until they are replaced.
 */
export const GAP = "???";

export const GAP_MESSAGE = `noch nicht eingetragen: „${GAP}“ durch den Wert ersetzen`;

export function isGap(value: unknown): boolean {
  return typeof value === "string" && value.trim() === GAP;
}

/** Every gap in the document, in file order, as a problem at its line. */
export function findGaps(file: string, root: Node | null, lineCounter: LineCounter): Problem[] {
  const gaps: Problem[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (isMap(node)) for (const pair of node.items) visit(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, String(index)]));
    else if (isScalar(node) && isGap(node.value)) {
      const pos = node.range ? lineCounter.linePos(node.range[0]) : undefined;
      gaps.push({ file, field: path, line: pos?.line, column: pos?.col, message: GAP_MESSAGE, gap: true });
    }
  };
  visit(root, []);
  return gaps;
}
