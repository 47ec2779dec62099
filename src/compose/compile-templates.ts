import Handlebars from "handlebars";
import { createGermanHandlebars } from "../german/helpers.js";
import type { TemplateFiles } from "../load/read-templates.js";
import type { CompiledSpecs } from "../load/template-cache.js";
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

/**
 * Compiles every template once per build; errors name the template file and line. Compiling costs
 * more than rendering an edition, so `known` may hand in the compiled form from an earlier run
 * (same texts, same Handlebars); `specs` is what a later run can reuse.
 */
export function compileTemplates({ shown, files }: TemplateFiles, known: CompiledSpecs = {}): { templates: CompiledTemplates; specs: CompiledSpecs } {
  const where = (path: string) => `${shown}/${path}`;
  const required = (path: string) => {
    const text = files[path];
    if (text === undefined) throw new ProblemError([{ kind: "template", file: where(path), field: [], message: "Die Vorlage fehlt." }]);
    return text;
  };
  required(TEMPLATE_NAMES.layout);
  const partials: Record<string, string> = { layout: TEMPLATE_NAMES.layout };
  for (const [path, text] of Object.entries(files)) {
    if (!path.endsWith(".hbs")) continue;
    // Reports syntax errors with their file before anything renders, compiled form or not.
    if (known[`${path}|false`] === undefined) {
      try {
        Handlebars.parse(text);
      } catch (error) {
        throw new ProblemError([templateProblem(where(path), error)]);
      }
    }
    const partial = /^partials\/(.+)\.hbs$/.exec(path)?.[1];
    if (partial) partials[partial] = path;
  }
  const specs: CompiledSpecs = {};
  const spec = (path: string, noEscape: boolean): string => {
    const key = `${path}|${noEscape}`;
    const compiled = known[key] ?? String(Handlebars.precompile(required(path), { strict: true, noEscape }));
    specs[key] = compiled;
    return compiled;
  };
  // Partials registered as text are compiled again on every render (Handlebars caches them per call
  // only): compiled once, for HTML and for plain text, they cost nothing per edition.
  const environments = [false, true].map((noEscape) => {
    const hb = environment();
    for (const [name, path] of Object.entries(partials)) hb.registerPartial(name, template(hb, spec(path, noEscape)));
    return hb;
  });
  const compile = (path: string, noEscape = false) => located(where(path), template(environments[Number(noEscape)] as typeof Handlebars, spec(path, noEscape)));
  const templates = {
    pressemitteilungText: compile(TEMPLATE_NAMES.pressemitteilungText),
    pressemitteilungTextfassung: compile(TEMPLATE_NAMES.pressemitteilungTextfassung, true),
    pressemitteilungSeite: compile(TEMPLATE_NAMES.pressemitteilungSeite),
    faktenblattSeite: compile(TEMPLATE_NAMES.faktenblattSeite),
    archiv: compile(TEMPLATE_NAMES.archiv),
    stil: required(TEMPLATE_NAMES.stil),
  };
  return { templates, specs };
}

function template(hb: typeof Handlebars, spec: string): Handlebars.TemplateDelegate {
  // The precompiled form is a JavaScript object literal; this is how Handlebars' own runtime loads it.
  return hb.template(new Function(`return ${spec};`)() as Parameters<typeof hb.template>[0]);
}

function environment(): typeof Handlebars {
  const hb = createGermanHandlebars();
  // {{#cssText}}…{{/cssText}}: the block's text as a CSS string, for @page margin boxes.
  hb.registerHelper("cssText", function (this: unknown, helperOptions: Handlebars.HelperOptions) {
    return new hb.SafeString(cssString(unescapeHtml(helperOptions.fn(this))));
  });
  return hb;
}

/** A CSS string literal; "<" is escaped too, so the text cannot close the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** Lookup errors surface while rendering: they get the file name too. */
function located(file: string, template: Handlebars.TemplateDelegate): Render {
  return (context) => {
    try {
      return template(context);
    } catch (error) {
      throw new ProblemError([templateProblem(file, error)]);
    }
  };
}

function templateProblem(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line (\d+)/i.exec(message)?.[1] ?? / - (\d+):\d+$/.exec(message)?.[1];
  const missing = /^"([^"]+)" not defined/.exec(message)?.[1];
  return {
    kind: "template",
    file,
    field: [],
    line: line === undefined ? undefined : Number(line),
    message: missing
      ? `Die Vorlage verwendet „${missing}“, das es in den Daten nicht gibt.`
      : `Die Vorlage ist fehlerhaft: ${message.split("\n")[0]}`,
  };
}
