import Handlebars from "handlebars";
import type { CompiledTemplates } from "../write/compile-templates.js";
import type { TemplateContext, Texts } from "../write/write-texts.js";
import { markdownToHtml } from "./markdown.js";
import { hyphenateForPrint, typesetGerman } from "./typeset.js";

export type DocumentName = "pressemitteilung" | "faktenblatt";

export interface HtmlDocument {
  name: DocumentName;
  /** For the web and for copying: clean text, no soft hyphens. */
  html: string;
  /** For the printer: the same page with soft hyphens in its body text. */
  printHtml: string;
}

/** Wraps the written texts in their page layouts: complete, self-contained HTML documents. */
export function renderPages(templates: CompiledTemplates, texts: Texts, style: string): HtmlDocument[] {
  const { kontext } = texts;
  const stil = new Handlebars.SafeString(style);
  const inhalt = new Handlebars.SafeString(markdownToHtml(texts.pressemitteilung.markdown));
  const names = namesIn(kontext);
  const page = (name: DocumentName, raw: string): HtmlDocument => {
    const html = typesetGerman(raw);
    return { name, html, printHtml: hyphenateForPrint(html, names) };
  };
  return [
    page("pressemitteilung", templates.pressemitteilungSeite({ ...kontext, titel: texts.pressemitteilung.titel, inhalt, stil })),
    page("faktenblatt", templates.faktenblattSeite({ ...kontext, titel: `Faktenblatt ${kontext.berichtsjahr}: ${kontext.jobcenter.name}`, stil })),
  ];
}

/** Words of people's and places' names from the data: never hyphenated. */
function namesIn(kontext: TemplateContext): Set<string> {
  const { herausgeber, jobcenter, quelle, zitate } = kontext;
  const names = [herausgeber.name, herausgeber.ort, herausgeber.pressestelle.name, jobcenter.name, quelle.name, ...zitate.map((zitat) => zitat.name)];
  return new Set(names.flatMap((name) => name.split(/[^\p{L}]+/u)).filter(Boolean));
}
