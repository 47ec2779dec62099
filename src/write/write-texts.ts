import type { Figures } from "../derive/derive-figures.js";
import type { Edition } from "../validate/schema.js";
import type { CompiledTemplates } from "./compile-templates.js";

/** The data every template sees: the edition as written, plus derived figures under `werte`. */
export type TemplateContext = Edition & { werte: Figures };

export interface Texts {
  kontext: TemplateContext;
  pressemitteilung: { titel: string; markdown: string };
}

/** Merges the edition into the German text templates: the words of the release, still as Markdown. */
export function writeTexts(templates: CompiledTemplates, edition: Edition, figures: Figures): Texts {
  const kontext: TemplateContext = { ...edition, werte: figures };
  return {
    kontext,
    pressemitteilung: {
      titel: unescapeHtml(templates.schlagzeile(kontext).trim()),
      markdown: templates.pressemitteilungText(kontext),
    },
  };
}

/** The headline doubles as the document title, which Handlebars has already escaped for HTML. */
function unescapeHtml(text: string): string {
  const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#x60;": "`", "&#x3D;": "=" };
  return text.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (entity) => entities[entity] ?? entity);
}
