import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from "yaml";
import { GAP } from "../validate/gaps.js";
import { dropFilledGapComments, setGap } from "./gap-nodes.js";
import { NEW_YEAR_NOTE, setNote } from "./note.js";

const YEAR_KEY = /^\d{4}$/;

/**
 * Next year's edition file from an earlier one's text, comments and key order kept. What stays
 * true from year to year stays (the job centre, the source's name, the federal comparison, the
 * series' history); what belongs to one year becomes a gap (`???`) that `check` refuses until it
 * is filled in, or is emptied: last year's quotes, paragraphs and headline never carry over unnoticed.
 */
export function nextEdition(text: string, { year, from }: { year: number; from: string }): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new Error(`${from} is not a YAML mapping; validate it first`);
  dropFilledGapComments(doc);
  doc.setIn(["berichtsjahr"], year);
  for (const field of ["veroeffentlichung", "sperrfrist", "nummer"]) setGap(doc, [field]);
  doc.deleteIn(["schlagzeile"]);
  const kennzahlen = doc.get("kennzahlen", true);
  if (isMap(kennzahlen)) {
    for (const pair of kennzahlen.items) {
      const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!isMap(pair.value)) continue;
      if (isSeries(pair.value)) {
        // The key as the file writes it: `"2020":` is the same year as `2020:`.
        const own = pair.value.items.find((item) => isScalar(item.key) && String(item.key.value) === String(year));
        setGap(doc, ["kennzahlen", name, own && isScalar(own.key) ? (own.key.value as string | number) : year]);
      } else if (pair.value.has("bis")) {
        // A period up to the report year: its start stays, its count is new.
        doc.setIn(["kennzahlen", name, "bis"], year);
        setGap(doc, ["kennzahlen", name, "anzahl"]);
      }
    }
  }
  if (isMap(doc.get("quelle", true))) for (const field of ["stand", "status"]) setGap(doc, ["quelle", field]);
  for (const list of ["zitate", "absaetze"]) emptyList(doc, list);
  setNote(doc, `${NEW_YEAR_NOTE}${from} (pressemappe neu). ${GAP} heißt: noch nicht eingetragen; „pressemappe check ${year}“ nennt jede Stelle.`);
  return doc.toString();
}

/** A year series: every key a year (an empty map counts, it is still to be filled). */
export function isSeries(map: YAMLMap): boolean {
  // A pair set through the document API may hold its key as a plain value, not a node.
  return map.items.every((pair) => YEAR_KEY.test(String(isScalar(pair.key) ? pair.key.value : pair.key)));
}

/** `[]`, with the comment that stood above the old list beside it, so the hint about the field stays. */
function emptyList(doc: Document, key: string): void {
  const old = doc.get(key, true);
  const empty = doc.createNode([], { flow: true });
  if (isSeq(old) && old.commentBefore) empty.comment = old.commentBefore;
  else if (isSeq(old) && old.comment) empty.comment = old.comment;
  doc.set(key, empty);
}
