import type Handlebars from "handlebars";
import { createGermanHandlebars } from "../german/helpers.js";
import type { TemplateFiles } from "../load/read-templates.js";
import { ProblemError } from "../problem.js";

export const TEMPLATE_NAMES = {
  pressemitteilungText: "pressemitteilung.md.hbs",
  pressemitteilungSeite: "pressemitteilung.html.hbs",
  faktenblattSeite: "faktenblatt.html.hbs",
  layout: "layout.html.hbs",
  stil: "styles/druck.css",
} as const;

type Render = (context: object) => string;

export interface CompiledTemplates {
  pressemitteilungText: Render;
  pressemitteilungSeite: Render;
  faktenblattSeite: Render;
  schlagzeile: Render;
  stil: string;
}

/** Compiles every template once per build; errors name the template file and line. */
export function compileTemplates(files: TemplateFiles): CompiledTemplates {
  const hb = createGermanHandlebars();
  hb.registerPartial("layout", required(files, TEMPLATE_NAMES.layout));
  for (const [path, text] of Object.entries(files)) {
    const partial = /^partials\/(.+)\.hbs$/.exec(path)?.[1];
    if (partial) hb.registerPartial(partial, text);
  }
  const compile = (path: string, text = required(files, path)) => located(path, hb.compile(text, { strict: true }));
  return {
    pressemitteilungText: compile(TEMPLATE_NAMES.pressemitteilungText),
    pressemitteilungSeite: compile(TEMPLATE_NAMES.pressemitteilungSeite),
    faktenblattSeite: compile(TEMPLATE_NAMES.faktenblattSeite),
    schlagzeile: compile("partials/schlagzeile.hbs", "{{> schlagzeile}}"),
    stil: required(files, TEMPLATE_NAMES.stil),
  };
}

function required(files: TemplateFiles, path: string): string {
  const text = files[path];
  if (text === undefined) throw new ProblemError([{ datei: `templates/${path}`, feld: [], meldung: "Die Vorlage fehlt." }]);
  return text;
}

/** Handlebars compiles lazily, so syntax and lookup errors surface on first use: both get the file name. */
function located(path: string, template: Handlebars.TemplateDelegate): Render {
  return (context) => {
    try {
      return template(context);
    } catch (error) {
      throw new ProblemError([templateProblem(path, error)]);
    }
  };
}

function templateProblem(path: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/i.exec(message)?.[1] ?? / - (\d+):\d+$/.exec(message)?.[1];
  const missing = /^"([^"]+)" not defined/.exec(message)?.[1];
  return {
    datei: `templates/${path}`,
    feld: [],
    zeile: line === undefined ? undefined : Number(line),
    meldung: missing
      ? `Die Vorlage verwendet „${missing}“, das es in den Daten nicht gibt.`
      : `Die Vorlage ist fehlerhaft: ${message.split("\n")[0]}`,
  };
}
