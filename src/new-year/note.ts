import { isMap, isScalar, type Document } from "yaml";

/** How the notes pressemappe writes at the top of a data file begin: each says where the file came from. */
export const IMPORT_NOTE = "Zahlen aus ";
export const NEW_YEAR_NOTE = "Angelegt aus ";

/**
 * Puts `note` at the top of the file, in place of any earlier note: an earlier one describes an
 * earlier file (last year's import, the edition this one was copied from).
 */
export function setNote(doc: Document, note: string): void {
  // Read back, the top comment belongs to the first key unless a blank line follows it.
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (isScalar(first) && first.commentBefore) first.commentBefore = withoutNotes(first.commentBefore);
  doc.commentBefore = [` ${note}`, ...(withoutNotes(doc.commentBefore ?? "") ?? "").split("\n")].join("\n").trimEnd();
}

function withoutNotes(comment: string): string | undefined {
  const lines = comment.split("\n").filter((line) => !line.startsWith(` ${IMPORT_NOTE}`) && !line.startsWith(` ${NEW_YEAR_NOTE}`));
  while (lines[0]?.trim() === "") lines.shift();
  return lines.length > 0 ? lines.join("\n") : undefined;
}
