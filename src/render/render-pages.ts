import Handlebars from "handlebars";
import type { CompiledTemplates } from "../compose/compile-templates.js";
import type { TemplateContext, Texts } from "../compose/compose-texts.js";
import { nameForms } from "../german/article.js";
import { barChart } from "./chart.js";
import { readMetadata, type DocumentMetadata } from "./document-metadata.js";
import { markdownToHtml } from "./markdown.js";
import { LINE_WIDTH, markdownToPlainText, wrap } from "./plain-text.js";
import { styleSlot, withStyle } from "./style.js";
import { hyphenateForPrint, typesetGerman } from "./typeset.js";

export type DocumentName = "pressemitteilung" | "faktenblatt";

export interface HtmlDocument {
  name: DocumentName;
  /** For the web and for copying: clean text, no soft hyphens. */
  html: string;
  /** For the printer: the same page with soft hyphens in its body text (computed on demand). */
  printHtml: () => string;
  meta: DocumentMetadata & { date: string };
  /** How long the printed document may run, and what to do when it runs longer. */
  limit?: PageLimit;
}

export interface PageLimit {
  pages: number;
  /** The print page set tighter: tried once before the document is refused. */
  denser: () => string;
  /** What the user can shorten, in German: the fact sheet's lists and how long each is. */
  shorten: string;
}

export interface RenderedDocuments {
  pages: HtmlDocument[];
  /** The release as plain text for e-mail. */
  plainText: string;
}

/** Wraps the written texts in their page layouts: complete, self-contained HTML documents, and the e-mail text. */
export function renderPages(templates: CompiledTemplates, texts: Texts, style: string): RenderedDocuments {
  const { kontext } = texts;
  const inhalt = new Handlebars.SafeString(markdownToHtml(texts.pressemitteilung.markdown));
  const names = namesIn(kontext);
  const forPrint = (raw: string) => withStyle(hyphenateForPrint(typesetGerman(raw), names), style);
  const page = (name: DocumentName, raw: string, limit?: PageLimit): HtmlDocument => {
    const typeset = typesetGerman(raw);
    return {
      name,
      html: withStyle(typeset, style),
      printHtml: () => withStyle(hyphenateForPrint(typeset, names), style),
      meta: { ...readMetadata(typeset), date: kontext.veroeffentlichung },
      limit,
    };
  };
  const factSheet = (dicht: boolean) => templates.faktenblattSeite({ ...kontext, stil: styleSlot, diagramm: barChart(kontext.werte.faktenblatt.diagramm.reihen), dicht });
  const plainText = templates.pressemitteilungTextfassung({ ...kontext, text: markdownToPlainText(texts.pressemitteilung.markdown) });
  return {
    pages: [
      page("pressemitteilung", templates.pressemitteilungSeite({ ...kontext, inhalt, stil: styleSlot })),
      page("faktenblatt", factSheet(false), { pages: 1, denser: () => forPrint(factSheet(true)), shorten: shortenFactSheet(kontext) }),
    ],
    plainText: plainText
      .split("\n")
      .map((line) => (line.length > LINE_WIDTH ? wrap(line) : line.replace(/[\u00a0\u202f]/g, " ")))
      .join("\n"),
  };
}

/**
 * Which of the fact sheet's lists to shorten: the one with the most entries beyond what it shows
 * without a list of its own, then the others, each with its length.
 */
function shortenFactSheet({ berichtsjahr, werte, faktenblatt }: TemplateContext): string {
  const { kacheln, tabelle, diagramm } = werte.faktenblatt;
  // Without figures or lists of its own, the edition shows what it always showed: its text or the template is too long.
  if (faktenblatt === undefined && !tabelle.weitere) return "Bitte Text oder Tabellen kürzen.";
  const lists = [
    { name: "tabelle", count: tabelle.zeilen.length, usual: 2, what: "Kennzahlen" },
    { name: "kacheln", count: kacheln.length, usual: 4, what: "Kacheln" },
    { name: "diagramm", count: diagramm.reihen.length, usual: 2, what: "Reihen" },
  ].sort((a, b) => b.count - b.usual - (a.count - a.usual));
  const [first, ...others] = lists.map((list) => `„${list.name}“ (jetzt ${list.count} ${list.what}${faktenblatt?.[list.name as "tabelle"] === undefined ? ", ohne eigene Liste" : ""})`);
  return `Bitte in ${berichtsjahr}.yaml unter „faktenblatt:“ die Liste ${first} kürzen, sonst ${others.join(" oder ")}. Ohne eigene Liste zeigt die Tabelle jede Kennzahl der Ausgabe; eine Liste nennt nur, was erscheinen soll, z. B. „tabelle: [bedarfsgemeinschaften, personen_in_bedarfsgemeinschaften]“.`;
}

/** Words of people's, places' and institutions' names from the data, in every declined form the texts use: never hyphenated. */
function namesIn(kontext: TemplateContext): Set<string> {
  const { herausgeber, jobcenter, quelle, zitate, werte } = kontext;
  const institutions = [herausgeber.name, herausgeber.pressestelle.name, jobcenter.name, quelle.name].flatMap((name) => nameForms(name, werte.genus));
  const people = [herausgeber.pressestelle.ansprechpartner ?? "", ...zitate.map((zitat) => zitat.name)];
  const names = [...institutions, herausgeber.ort, ...people];
  return new Set(names.flatMap((name) => name.split(/[^\p{L}]+/u)).filter(Boolean));
}
