import type { Figures } from "../derive/derive-figures.js";
import type { Edition } from "../validate/schema.js";
import type { CompiledTemplates } from "./compile-templates.js";

/** The data every template sees: the edition as written, plus derived figures under `werte`. */
export type TemplateContext = Edition & { werte: Figures };

export interface Texts {
  kontext: TemplateContext;
  pressemitteilung: { markdown: string };
}

/** Merges the edition into the German text templates: the words of the release, still as Markdown. */
export function composeTexts(templates: CompiledTemplates, edition: Edition, figures: Figures): Texts {
  const kontext: TemplateContext = { ...edition, werte: figures };
  return {
    kontext,
    pressemitteilung: { markdown: templates.pressemitteilungText(kontext) },
  };
}
