import type Handlebars from "handlebars";
import { createGermanHandlebars } from "../german/helpers.js";
import type { TemplateFiles } from "../load/read-templates.js";
import { unescapeHtml } from "../html-entities.js";
import { ProblemError, type Problem } from "../problem.js";

export const TEMPLATE_NAMES = {
  pressemitteilungText: "pressemitteilung.md.hbs",
  pressemitteilungTextfassung: "pressemitteilung.txt.hbs",
  pressemitteilungSeite: "pressemitteilung.html.hbs",
  faktenblattSeite: "faktenblatt.html.hbs",
  archiv: "archiv.html.hbs",
  layout: "layout.html.hbs",
  stil: "styles/druck.css",
} as const;

type Render = (context: object) => string;

export interface CompiledTemplates {
  pressemitteilungText: Render;
  /** Plain text: compiled without HTML escaping. */
  pressemitteilungTextfassung: Render;
  pressemitteilungSeite: Render;
  faktenblattSeite: Render;
  archiv: Render;
  stil: string;
}

/** Compiles every template once per build; errors name the template file and line. */
export function compileTemplates({ shown, files }: TemplateFiles): CompiledTemplates {
  const where = (path: string) => `${shown}/${path}`;
  const required = (path: string) => {
    const text = files[path];
    if (text === undefined) throw new ProblemError([{ datei: where(path), feld: [], meldung: "Die Vorlage fehlt." }]);
    return text;
  };
  const hb = createGermanHandlebars();
  // {{#cssText}}…{{/cssText}}: the block's text as a CSS string, for @page margin boxes.
  hb.registerHelper("cssText", function (this: unknown, options: Handlebars.HelperOptions) {
    return new hb.SafeString(cssString(unescapeHtml(options.fn(this))));
  });
  // Handlebars compiles lazily; parsing every file now reports syntax errors before any rendering.
  for (const [path, text] of Object.entries(files)) {
    if (!path.endsWith(".hbs")) continue;
    try {
      hb.parse(text);
    } catch (error) {
      throw new ProblemError([templateProblem(where(path), error)]);
    }
    const partial = /^partials\/(.+)\.hbs$/.exec(path)?.[1];
    if (partial) hb.registerPartial(partial, text);
  }
  hb.registerPartial("layout", required(TEMPLATE_NAMES.layout));
  const compile = (path: string, noEscape = false) => located(where(path), hb.compile(required(path), { strict: true, noEscape }));
  return {
    pressemitteilungText: compile(TEMPLATE_NAMES.pressemitteilungText),
    pressemitteilungTextfassung: compile(TEMPLATE_NAMES.pressemitteilungTextfassung, true),
    pressemitteilungSeite: compile(TEMPLATE_NAMES.pressemitteilungSeite),
    faktenblattSeite: compile(TEMPLATE_NAMES.faktenblattSeite),
    archiv: compile(TEMPLATE_NAMES.archiv),
    stil: required(TEMPLATE_NAMES.stil),
  };
}

/** A CSS string literal; "<" is escaped too, so the text cannot close the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** Lookup errors surface while rendering: they get the file name too. */
function located(datei: string, template: Handlebars.TemplateDelegate): Render {
  return (context) => {
    try {
      return template(context);
    } catch (error) {
      throw new ProblemError([templateProblem(datei, error)]);
    }
  };
}

function templateProblem(datei: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/i.exec(message)?.[1] ?? / - (\d+):\d+$/.exec(message)?.[1];
  const missing = /^"([^"]+)" not defined/.exec(message)?.[1];
  return {
    datei,
    feld: [],
    zeile: line === undefined ? undefined : Number(line),
    meldung: missing
      ? `Die Vorlage verwendet „${missing}“, das es in den Daten nicht gibt.`
      : `Die Vorlage ist fehlerhaft: ${message.split("\n")[0]}`,
  };
}
