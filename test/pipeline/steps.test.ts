import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDocumentSet, loadEditions, renderEdition } from "../../src/pipeline/steps.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { copyDataFolder, readExample } from "../helpers/data-folder.js";

const set = await loadDocumentSet();
const publisher = { file: "data/herausgeber.yaml", text: await readExample("herausgeber.yaml") };
const example = await readExample("2018.yaml");

function render(text: string) {
  const result = validateEdition(publisher, { file: "data/2018.yaml", text });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const [release, factSheet] = renderEdition(set, result.value).pages;
  return { release: visibleText(release?.html ?? ""), factSheet: visibleText(factSheet?.html ?? "") };
}

function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/[\s\u00a0]+/g, " ");
}

describe("the templates are generic", () => {
  it("words rising figures for another job centre without touching a template", () => {
    const rising = example
      .replace("name: Kommunales Jobcenter Erzgebirgskreis", "name: Jobcenter Musterstadt")
      .replace("    2012: 18460\n    2018: 9922", "    2012: 9922\n    2018: 11800")
      .replace("    2012: 31871\n    2018: 16726", "    2012: 16726\n    2018: 16900");
    const { release, factSheet } = render(rising);
    expect(release).toContain("Zahl der Bedarfsgemeinschaften seit 2012 um knapp ein Fünftel gestiegen");
    expect(release).toContain("Die Zahl der Bedarfsgemeinschaften ist seitdem um 18,9 Prozent auf 11.800 gestiegen, also um knapp ein Fünftel.");
    expect(release).toContain("Die Zahl der Menschen, die in diesen Haushalten leben, ist dagegen seitdem mit 16.900 gegenüber 16.726 nahezu unverändert geblieben.");
    expect(release).toContain("Das Jobcenter Musterstadt legt seine Bilanz");
    expect(release).not.toMatch(/halbiert|gesunken|Auch die/);
    expect(factSheet).toContain("+18,9 %");
  });

  it("says a 12 % rise has risen, never halved", () => {
    const { release } = render(example.replace("    2012: 18460\n    2018: 9922", "    2012: 10000\n    2018: 11200").replace("    2012: 31871\n    2018: 16726", "    2012: 20000\n    2018: 22400"));
    expect(release).toContain("Zahl der Bedarfsgemeinschaften seit 2012 deutlich gestiegen");
    expect(release).toContain("Die Zahl der Bedarfsgemeinschaften ist seitdem deutlich um 12 Prozent auf 11.200 gestiegen.");
    expect(release).toContain("Auch die Zahl der Menschen, die in diesen Haushalten leben, ist seitdem deutlich um 12 Prozent auf 22.400 gestiegen.");
    expect(release).not.toMatch(/halbiert|gesunken/);
  });

  it("words a start from zero without a percentage", () => {
    const { release, factSheet } = render(example.replace("    2012: 18460", "    2012: 0").replace("    2012: 31871", "    2012: 0"));
    expect(release).toContain("Die Zahl der Bedarfsgemeinschaften ist seitdem von null auf 9.922 gestiegen.");
    expect(release).toContain("gab es noch keine Bedarfsgemeinschaften.");
    expect(factSheet).toMatch(/Bedarfsgemeinschaften 0 9\.922 –/);
  });

  it("words a doubling and an unchanged series", () => {
    const { release } = render(
      example
        .replace("    2012: 18460\n    2018: 9922", "    2012: 5000\n    2018: 10010")
        .replace("    2012: 31871\n    2018: 16726", "    2012: 20000\n    2018: 20100"),
    );
    expect(release).toContain("Zahl der Bedarfsgemeinschaften seit 2012 verdoppelt");
    expect(release).toContain("Die Zahl der Bedarfsgemeinschaften ist seitdem um 100,2 Prozent auf 10.010 gestiegen und hat sich damit verdoppelt.");
    expect(release).toContain("ist dagegen seitdem mit 20.100 gegenüber 20.000 nahezu unverändert geblieben.");
  });

  it("charts every year the series hold, with a text alternative", () => {
    const { factSheet } = render(example.replace("    2012: 18460\n", "    2012: 18460\n    2015: 14000\n").replace("    2012: 31871\n", "    2012: 31871\n    2015: 25000\n"));
    expect(factSheet).toContain("Bedarfsgemeinschaften: 2012 18.460, 2015 14.000, 2018 9.922. Personen in Bedarfsgemeinschaften: 2012 31.871, 2015 25.000, 2018 16.726.");
  });

  it("marks provisional figures", () => {
    const { release, factSheet } = render(example.replace("status: endgueltig", "status: vorlaeufig"));
    expect(release).toContain("vorläufige Werte");
    expect(factSheet).toContain("vorläufige Werte");
  });

  it("shows the release number and the embargo when set", () => {
    const { release } = render(example.replace("nummer: null", 'nummer: "12/2019"').replace("sperrfrist: null", "sperrfrist: 2019-01-15T11:00"));
    expect(release).toContain("Pressemitteilung Nr. 12/2019");
    expect(release).toContain("Sperrfrist: Dienstag, 15. Januar 2019, 11.00 Uhr");
  });
});

describe("facts stated as what they are", () => {
  const periods = (integrationen: string, gefoerderte: string) =>
    example.replace(/( {2}integrationen:[^\n]*\n) {4}von: 2012\n {4}bis: 2018/, `$1${integrationen}`).replace(/( {2}gefoerderte:[^\n]*\n) {4}von: 2012\n {4}bis: 2018/, `$1${gefoerderte}`);
  const whole = "    von: 2012\n    bis: 2018";

  it("counts placements and support as cases, never as people", () => {
    const { release, factSheet } = render(example);
    expect(release).toContain("Bilanz 2012–2018: 31.775 Integrationen in Arbeit oder Ausbildung");
    expect(release).toContain("Von 2012 bis 2018 verzeichnete das Jobcenter 31.775 Integrationen in Arbeit oder Ausbildung; wer mehrmals eine Stelle antrat, ist mehrfach gezählt.");
    expect(release).toContain("Im selben Zeitraum bewilligte es 9.664 Förderungen, etwa für eine berufliche Qualifizierung");
    expect(factSheet).toContain("31.775 Integrationen in Arbeit oder Ausbildung, 2012–2018");
    expect(factSheet).toContain("9.664 Förderungen durch Qualifizierung oder Lohnkostenzuschuss, 2012–2018");
    expect(`${release} ${factSheet}`).not.toMatch(/(Menschen|Personen) (in Arbeit|gefördert|erhielten)|vermittelt/);
  });

  it("says 'im selben Zeitraum' only for the same years, and a single year as one", () => {
    const { release } = render(periods("    von: 2018\n    bis: 2018", "    von: 2015\n    bis: 2018"));
    expect(release).toContain("Bilanz 2018: 31.775 Integrationen in Arbeit oder Ausbildung");
    expect(release).toContain("Im Jahr 2018 verzeichnete das Jobcenter 31.775 Integrationen");
    expect(release).toContain("Von 2015 bis 2018 bewilligte es 9.664 Förderungen");
    expect(release).not.toMatch(/im selben Zeitraum/i);
    expect(render(periods(whole, "    von: 2018\n    bis: 2018")).release).toContain("Im Jahr 2018 bewilligte es 9.664 Förderungen");
    const oneYear = "    von: 2018\n    bis: 2018";
    expect(render(periods(oneYear, oneYear)).release).toContain("Im Jahr 2018 verzeichnete das Jobcenter 31.775 Integrationen in Arbeit oder Ausbildung; wer mehrmals eine Stelle antrat, ist mehrfach gezählt. Im selben Jahr bewilligte es 9.664 Förderungen");
  });
});

describe("loadEditions compares the edition files of a folder", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });
  /** 2018 as in the example, and a 2019 of its own texts and dates that revises 2018 to 9950. */
  async function twoYears() {
    const data = await copyDataFolder({ realContact: true });
    cleanups.push(data.remove);
    const y2019 = example
      .replace("berichtsjahr: 2018", "berichtsjahr: 2019")
      .replace("veroeffentlichung: 2019-01-15", "veroeffentlichung: 2020-01-14")
      .replace("  stand: 2019-01-15", "  stand: 2020-01-10")
      .replace("  stand: 2018", "  stand: 2019")
      .replaceAll("    bis: 2018", "    bis: 2019")
      .replace("    2018: 9922", "    2018: 9950\n    2019: 9410")
      .replace("    2018: 16726", "    2018: 16726\n    2019: 15900")
      .replace(/    text: Das Jobcenter .*/, "    text: Wir bleiben dran.")
      .replace(/  - >-\n(    .*\n)+/, "  - Ein neuer Absatz.\n");
    await writeFile(join(data.dir, "2019.yaml"), y2019);
    return data;
  }
  const revisions = (warnings: readonly { field: readonly (string | number)[] }[]) => warnings.filter((warning) => warning.field.join(".") === "kennzahlen.bedarfsgemeinschaften.2018");

  it("warns of a revised value from either edition, and once when both are loaded", async () => {
    const data = await twoYears();
    const line = example.split("\n").indexOf("    2018: 9922") + 1;
    const [both, newer, older] = [await loadEditions(data.dir, [2018, 2019]), await loadEditions(data.dir, [2019]), await loadEditions(data.dir, [2018])];
    expect(both.problems).toEqual([]);
    expect(both.warnings).toEqual(revisions(both.warnings));
    expect(revisions(both.warnings)).toEqual([expect.objectContaining({ file: expect.stringMatching(/2019\.yaml$/), message: expect.stringContaining(`2018.yaml (Zeile ${line}) aber 9.922.`) })]);
    expect(newer.warnings).toEqual(both.warnings);
    expect(older.warnings).toEqual(both.warnings);
  });

  it("is not stopped by a sibling that is broken, invalid or unreadable, and compares what it can read", async () => {
    const data = await twoYears();
    await writeFile(join(data.dir, "2017.yaml"), "kennzahlen: [\n");
    await writeFile(join(data.dir, "2016.yaml"), new Uint8Array([0, 1, 2]));
    await data.edit("2019.yaml", (text) => text.replace("berichtsjahr: 2019", "berichtsjahr: neunzehn"));
    const loaded = await loadEditions(data.dir, [2018]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.editions).toHaveLength(1);
    expect(revisions(loaded.warnings)).toHaveLength(1);
  });

  it("counts a disagreement as a problem with strict", async () => {
    const data = await twoYears();
    const strict = await loadEditions(data.dir, [2019], { strict: true });
    expect(revisions(strict.problems)).toHaveLength(1);
  });
});
