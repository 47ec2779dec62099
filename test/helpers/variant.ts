import { parseDocument } from "yaml";
import { loadDocumentSet, renderEdition } from "../../src/pipeline/steps.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import type { Problem } from "../../src/problem.js";
import { readExample } from "./data-folder.js";

/** Field path → new value; `undefined` removes the field. */
export type Changes = Record<string, unknown>;

const set = await loadDocumentSet();
const example = { edition: await readExample("2018.yaml"), publisher: await readExample("herausgeber.yaml") };

/** The example's YAML with some fields set, comments kept: "kennzahlen.integrationen.anzahl" → 0. */
export function changed(text: string, changes: Changes): string {
  const document = parseDocument(text);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split(".");
    if (value === undefined) document.deleteIn(keys);
    else document.setIn(keys, document.createNode(value));
  }
  return document.toString();
}

export interface Variant {
  /** Every paragraph and list item of both documents' main text, as a reader sees it. */
  paragraphs: string[];
  /** The release's first heading, as a reader sees it. */
  headline: string;
  release: string;
  /** The release's HTML for the printer, with its soft hyphens. */
  printRelease: () => string;
  factSheet: string;
  plainText: string;
  warnings: Problem[];
}

/** Validates and renders a variant of the example: the documents' visible text, whitespace collapsed. */
export function renderVariant(edition: Changes = {}, publisher: Changes = {}): Variant {
  const berichtsjahr = (edition.berichtsjahr as number | undefined) ?? 2018;
  const result = validateEdition(
    { file: "data/herausgeber.yaml", text: changed(example.publisher, publisher) },
    { file: `data/${berichtsjahr}.yaml`, text: changed(example.edition, edition) },
  );
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.field.join(".")}: ${problem.message}`).join("\n"));
  const rendered = renderEdition(set, result.value);
  const [release, factSheet] = rendered.pages;
  const headline = visibleText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(release?.html ?? "")?.[1] ?? "");
  const paragraphs = [release, factSheet].flatMap((page) => [...(page?.html ?? "").matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => visibleText(match[2] ?? "")));
  return { headline, paragraphs, release: visibleText(release?.html ?? ""), printRelease: () => release?.printHtml() ?? "", factSheet: visibleText(factSheet?.html ?? ""), plainText: rendered.plainText, warnings: result.warnings };
}

/** The text a reader sees: no markup, no style, entities decoded, every kind of space as one. */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>|<head>[\s\S]*?<\/head>/g, " ")
    .replace(/<br>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}
