import Handlebars from "handlebars";
import type { CompiledTemplates } from "../compose/compile-templates.js";
import type { TemplateContext, Texts } from "../compose/compose-texts.js";
import { nameForms } from "../german/article.js";
import { barChart, type ChartSeries } from "./chart.js";
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
  /** The printed document must not run longer than this. */
  maxPages?: number;
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
  const page = (name: DocumentName, raw: string, maxPages?: number): HtmlDocument => {
    const typeset = typesetGerman(raw);
    return {
      name,
      html: withStyle(typeset, style),
      printHtml: () => withStyle(hyphenateForPrint(typeset, names), style),
      meta: { ...readMetadata(typeset), date: kontext.veroeffentlichung },
      maxPages,
    };
  };
  const plainText = templates.pressemitteilungTextfassung({ ...kontext, text: markdownToPlainText(texts.pressemitteilung.markdown) });
  return {
    pages: [
      page("pressemitteilung", templates.pressemitteilungSeite({ ...kontext, inhalt, stil: styleSlot })),
      page("faktenblatt", templates.faktenblattSeite({ ...kontext, stil: styleSlot, diagramm: barChart(chartSeries(kontext)) }), 1),
    ],
    plainText: plainText
      .split("\n")
      .map((line) => (line.length > LINE_WIDTH ? wrap(line) : line.replace(/[\u00a0\u202f]/g, " ")))
      .join("\n"),
  };
}

/**
 * TEMPORARY (issue 17): the two built-in series the chart has always shown. The lead replaces this
 * with the edition's `faktenblatt.diagramm` and each figure's bezeichnung from the catalogue; until
 * then the names stand here, as the fact sheet's legend has always read them.
 */
function chartSeries({ kennzahlen }: TemplateContext): ChartSeries[] {
  return [
    { bezeichnung: "Bedarfsgemeinschaften", werte: kennzahlen.bedarfsgemeinschaften, art: "anzahl" },
    { bezeichnung: "Personen in Bedarfsgemeinschaften", werte: kennzahlen.personen_in_bedarfsgemeinschaften, art: "anzahl" },
  ];
}

/** Words of people's, places' and institutions' names from the data, in every declined form the texts use: never hyphenated. */
function namesIn(kontext: TemplateContext): Set<string> {
  const { herausgeber, jobcenter, quelle, zitate, werte } = kontext;
  const institutions = [herausgeber.name, herausgeber.pressestelle.name, jobcenter.name, quelle.name].flatMap((name) => nameForms(name, werte.genus));
  const people = [herausgeber.pressestelle.ansprechpartner ?? "", ...zitate.map((zitat) => zitat.name)];
  const names = [...institutions, herausgeber.ort, ...people];
  return new Set(names.flatMap((name) => name.split(/[^\p{L}]+/u)).filter(Boolean));
}
