import { isScalar, Scalar, visit, type Document } from "yaml";
import { GAP, isGap } from "../validate/gaps.js";

/** Beside a gap that has no comment of its own; one that has one keeps it (it says what belongs there). */
export const GAP_COMMENT = " noch eintragen";

/** Makes the value at `path` a gap, keeping the node (and its comment) where there is one. */
export function setGap(doc: Document, path: readonly (string | number)[]): void {
  const node = doc.getIn(path, true);
  if (isScalar(node)) {
    node.value = GAP;
    // A flow or quoted style belongs to the old value; the gap is written plain.
    node.type = Scalar.PLAIN;
    if (!node.comment) node.comment = GAP_COMMENT;
    return;
  }
  const gap = new Scalar(GAP);
  gap.comment = GAP_COMMENT;
  doc.setIn(path, gap);
}

/** Removes the gap comment from values that have been filled in since: it would no longer be true. */
export function dropFilledGapComments(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.comment === GAP_COMMENT && !isGap(node.value)) node.comment = undefined;
    },
  });
}
