import { isCollection, isMap, isScalar, isSeq, Scalar, visit, type Document } from "yaml";
import { GAP, isGap } from "../validate/gaps.js";

/** Beside a gap that has no comment of its own; one that has one keeps it (it says what belongs there). */
export const GAP_COMMENT = " noch eintragen";

/**
 * Makes the value at `path` a gap, keeping the node (and its comment) where there is one. In a
 * series written in braces, `{ 2018: 5120, 2019: ??? }`, the comment goes after the braces: one
 * inside would spread them over several lines.
 */
export function setGap(doc: Document, path: readonly (string | number)[]): void {
  const parent = doc.getIn(path.slice(0, -1), true);
  const holder = isCollection(parent) && parent.flow === true ? parent : undefined;
  const node = doc.getIn(path, true);
  if (isScalar(node)) {
    node.value = GAP;
    // A flow or quoted style belongs to the old value; the gap is written plain.
    node.type = Scalar.PLAIN;
    remark(holder ?? node);
    return;
  }
  const gap = new Scalar(GAP);
  remark(holder ?? gap);
  doc.setIn(path, gap);
}

function remark(node: { comment?: string | null }): void {
  if (!node.comment) node.comment = GAP_COMMENT;
}

/** Removes the gap comment from values that have been filled in since: it would no longer be true. */
export function dropFilledGapComments(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.comment === GAP_COMMENT && !isGap(node.value)) node.comment = undefined;
    },
    Map(_key, node) {
      if (node.flow && node.comment === GAP_COMMENT && !holdsGap(node)) node.comment = undefined;
    },
    Seq(_key, node) {
      if (node.flow && node.comment === GAP_COMMENT && !holdsGap(node)) node.comment = undefined;
    },
  });
}

function holdsGap(node: unknown): boolean {
  if (isMap(node)) return node.items.some((pair) => holdsGap(pair.value));
  if (isSeq(node)) return node.items.some(holdsGap);
  return isScalar(node) && isGap(node.value);
}
