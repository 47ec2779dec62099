import Handlebars from "handlebars";
import type { CompiledTemplates } from "../write/compile-templates.js";
import type { Texts } from "../write/write-texts.js";
import { markdownToHtml } from "./markdown.js";

export type DocumentName = "pressemitteilung" | "faktenblatt";

export interface HtmlDocument {
  name: DocumentName;
  html: string;
}

/** Wraps the written texts in their page layouts: complete, self-contained HTML documents. */
export function renderPages(templates: CompiledTemplates, texts: Texts, style: string): HtmlDocument[] {
  const { kontext } = texts;
  const stil = new Handlebars.SafeString(style);
  const inhalt = new Handlebars.SafeString(markdownToHtml(texts.pressemitteilung.markdown));
  return [
    { name: "pressemitteilung", html: templates.pressemitteilungSeite({ ...kontext, titel: texts.pressemitteilung.titel, inhalt, stil }) },
    { name: "faktenblatt", html: templates.faktenblattSeite({ ...kontext, titel: `Faktenblatt ${kontext.berichtsjahr}: ${kontext.jobcenter.name}`, stil }) },
  ];
}
