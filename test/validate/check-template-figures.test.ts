import { describe, expect, it } from "vitest";
import { readTemplates } from "../../src/load/read-templates.js";
import { templatesDir } from "../../src/paths.js";
import { findLiteralFigures } from "../../src/validate/check-template-figures.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { readExample } from "../helpers/data-folder.js";

const shipped = await readTemplates(templatesDir);
const edition = validateEdition(
  { file: "data/herausgeber.yaml", text: await readExample("herausgeber.yaml") },
  { file: "data/2018.yaml", text: await readExample("2018.yaml") },
);
if (!edition.ok) throw new Error("example must be valid");
const withFile = (text: string) => ({ shown: "vorlagen", files: { "brief.md.hbs": text } });

describe("findLiteralFigures", () => {
  it("passes the shipped templates", () => {
    expect(findLiteralFigures(shipped, edition.value)).toEqual([]);
  });

  it("flags 31.775 typed into prose, with file, line, column and the field to use", () => {
    const [problem, ...rest] = findLiteralFigures(withFile("# Titel\n\nInsgesamt 31.775 Menschen."), edition.value);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: "vorlagen/brief.md.hbs", line: 3, column: 11 });
    expect(problem?.message).toBe(
      "Die Zahl „31.775“ steht als Ziffern im Vorlagentext und veraltet mit dem nächsten Jahr. Stattdessen aus den Daten: {{zahl kennzahlen.integrationen.anzahl}}.",
    );
  });

  it("counts years the data defines as figures", () => {
    const problems = findLiteralFigures(withFile("Seit 2012 und im Jahr 2018."), edition.value);
    expect(problems.map((problem) => problem.message.split("Stattdessen aus den Daten: ")[1])).toEqual(["{{jobcenter.gegruendet}}.", "{{berichtsjahr}}."]);
  });

  it("flags percentages and numbers the data does not hold", () => {
    expect(findLiteralFigures(withFile("Ein Plus von 46,3 Prozent bei 12 Stellen."), edition.value).map((p) => p.column)).toEqual([14, 31]);
  });

  it("ignores expressions, comments, markup, entities, link targets and article numbers", () => {
    const text = [
      "{{!-- Stand 2018 --}}{{zahl 31775}} {{#if (eq a 2)}}x{{/if}}",
      '<table class="s2"><td colspan="2">Text</td></table>&#x27; &#160;',
      "<style>p { margin: 12mm }</style>[Link](https://example.org/2018) nach § 16i Abs. 2 SGB II, Art. 3 GG, A4",
    ].join("\n");
    expect(findLiteralFigures(withFile(text), edition.value)).toEqual([]);
  });
});
