import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/problem.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { readExample } from "../helpers/data-folder.js";

const publisher = { file: "data/herausgeber.yaml", text: await readExample("herausgeber.yaml") };
const example = await readExample("2018.yaml");
const edition = (text: string, file = "data/2018.yaml") => validateEdition(publisher, { file, text });
const problemsOf = (text: string, file?: string) => {
  const result = edition(text, file);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
};

describe("validateEdition", () => {
  it("accepts the 2018 example as one typed edition", () => {
    const result = edition(example);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.berichtsjahr).toBe(2018);
    expect(result.value.kennzahlen.bedarfsgemeinschaften["2012"]).toBe(18460);
    expect(result.value.herausgeber.ort).toBe("Annaberg-Buchholz");
    expect(result.value.zitate[0]?.name).toBe("Frank Reißmann");
  });

  it("names file, field and line of a typo'd key", () => {
    const problems = problemsOf(example.replace("  gefoerderte:", "  gefordete:"));
    const typos = problems.filter((p) => formatProblem(p).includes("gefordete"));
    expect(typos).toHaveLength(1);
    const [problem] = typos;
    expect(problem?.file).toBe("data/2018.yaml");
    expect(problem?.field).toEqual(["kennzahlen", "gefordete"]);
    expect(problem?.line).toBe(example.split("\n").findIndex((line) => line.startsWith("  gefoerderte:")) + 1);
    expect(problem?.message).toContain("„gefordete“ ist keine bekannte Kennzahl: weder eingebaut noch in data/kennzahlen.yaml beschrieben. Tippfehler für „gefoerderte“?");
  });

  it("reports a missing required series as missing after a typo", () => {
    const problems = problemsOf(example.replace("  bedarfsgemeinschaften:", "  bedarfsgemeinschaft:"));
    expect(problems.some((p) => p.field.join("/") === "kennzahlen/bedarfsgemeinschaften" && p.message === "dieses Feld fehlt")).toBe(true);
  });

  it("refuses fewer persons than households, at the line of the value", () => {
    const problems = problemsOf(example.replace("    2018: 16726", "    2018: 6726"));
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.field).toEqual(["kennzahlen", "personen_in_bedarfsgemeinschaften", "2018"]);
    expect(problem?.line).toBe(example.split("\n").indexOf("    2018: 16726") + 1);
    expect(problem?.message).toContain("6726 Personen sind weniger als 9922 Bedarfsgemeinschaften");
  });

  it("requires the reporting year in each series, but not the founding year", () => {
    const problems = problemsOf(example.replace("    2018: 9922\n", ""));
    expect(problems.map((p) => `${p.field.join(".")}: ${p.message}`)).toEqual(["kennzahlen.bedarfsgemeinschaften.2018: der Wert für das Berichtsjahr 2018 fehlt"]);
    expect(edition(example.replace("    2012: 18460\n", "").replace("    2012: 31871\n", "")).ok).toBe(true);
  });

  it("takes an edition without federal comparison, integrations or support", () => {
    const lean = example.replace(/\nbundesvergleich:[^]*?\n\n/, "\n\n").replace(/  integrationen:[^]*?anzahl: 9664\n/, "");
    expect(lean).not.toContain("gefoerderte");
    expect(edition(lean).ok).toBe(true);
  });

  it("refuses years outside the founding and reporting year", () => {
    const problems = problemsOf(example.replace("    2018: 9922", "    2018: 9922\n    2019: 9000"));
    expect(problems[0]?.field).toEqual(["kennzahlen", "bedarfsgemeinschaften", "2019"]);
  });

  it("refuses more municipal job centres than job centres", () => {
    const problems = problemsOf(example.replace("kommunale_jobcenter: 104", "kommunale_jobcenter: 504"));
    expect(problems[0]?.field).toEqual(["bundesvergleich", "kommunale_jobcenter"]);
  });

  it("refuses negative and fractional counts in German", () => {
    const problems = problemsOf(example.replace("anzahl: 31775", "anzahl: -5").replace("anzahl: 9664", "anzahl: 96.5"));
    expect(problems.map((p) => `${p.field.join(".")}: ${p.message}`)).toEqual([
      "kennzahlen.integrationen.anzahl: darf nicht negativ sein (gefunden: \u22125)",
      "kennzahlen.gefoerderte.anzahl: muss eine ganze Zahl sein (gefunden: 96.5)",
    ]);
  });

  it("says what was expected and what was found, in the user's terms", () => {
    const [problem] = problemsOf(example.replace("berichtsjahr: 2018", "berichtsjahr: zweitausend"));
    expect(problem?.message).toBe("erwartet eine Zahl (gefunden: „zweitausend“)");
  });

  it("reports every problem of a file at once", () => {
    const problems = problemsOf(example.replace("berichtsjahr: 2018", "berichtsjahr: zweitausend").replace("status: endgueltig", "status: fertig"));
    expect(problems.map((p) => p.field.join("."))).toEqual(["berichtsjahr", "quelle.status"]);
  });

  it("gives line and column of a YAML syntax error", () => {
    const [problem] = problemsOf(example.replace("  name: Kommunales Jobcenter Erzgebirgskreis\n  gegruendet", "  name: Kommunales Jobcenter Erzgebirgskreis\n gegruendet"));
    expect(problem?.line).toBeGreaterThan(0);
    expect(problem?.column).toBeGreaterThan(0);
    expect(problem?.message).toMatch(/^Die Datei ist kein gültiges YAML/);
  });

  it("requires the file to be named after the reporting year", () => {
    const [problem] = problemsOf(example, "data/2019.yaml");
    expect(problem?.message).toBe("Berichtsjahr 2018 passt nicht zum Dateinamen 2019.yaml. Gehört die Datei zu 2019, hier 2019 eintragen; gehört sie zu 2018, sie unter 2018.yaml speichern, ohne eine vorhandene Datei zu überschreiben");
    expect(problemsOf(example, "data/bilanz.yaml")[0]?.message).toContain("die Datei muss 2018.yaml heißen");
  });

  it("validates the publisher file too", () => {
    const result = validateEdition({ file: "data/herausgeber.yaml", text: publisher.text.replace("presse@example.org", "keine-adresse") }, { file: "data/2018.yaml", text: example });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: "data/herausgeber.yaml", field: ["pressestelle", "email"] });
  });
});

describe("figures as written", () => {
  it.each([
    ["11.000", "    anzahl: 9664", "    anzahl: 11.000", "kennzahlen.gefoerderte.anzahl", "11000"],
    ["9.410", "    2018: 16726", "    2018: 9.410", "kennzahlen.personen_in_bedarfsgemeinschaften.2018", "9410"],
    ["1.000.000", "  jobcenter: 407", "  jobcenter: 1.000.000", "bundesvergleich.jobcenter", "1000000"],
    ["31 775", "    anzahl: 31775", "    anzahl: 31 775", "kennzahlen.integrationen.anzahl", "31775"],
    ["31,775", "    anzahl: 31775", "    anzahl: 31,775", "kennzahlen.integrationen.anzahl", "31775"],
  ])("refuses %s with German thousands separators, quoting the file and saying how to write it", (written, from, to, field, digits) => {
    if (!example.includes(from)) throw new Error(`fixture lacks ${from}`);
    const problems = problemsOf(example.replace(from, to));
    // One message, at the figure itself: no follow-on error about a misread value.
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.field.join(".")).toBe(field);
    expect(problem?.line).toBe(example.split("\n").findIndex((line) => line === from) + 1);
    expect(problem?.message).toContain(`„${written}“`);
    expect(problem?.message).toMatch(new RegExp(`(schreiben|Tausendertrennzeichen): ${digits}\\.$`));
  });

  it.each([
    ["1e4", "10000"],
    ["0x25C0", "9664"],
    ["+9664", "9664"],
    ["9664.0", "9664"],
  ])("refuses %s: counts are plain digits", (written, value) => {
    const problems = problemsOf(example.replace("    anzahl: 9664", `    anzahl: ${written}`));
    expect(problems.map((problem) => [problem.field.join("."), problem.message])).toEqual([
      ["kennzahlen.gefoerderte.anzahl", `„${written}“: Zahlen bitte nur als Ziffern schreiben, ohne Vorzeichen, Exponent oder Nachkommastellen: ${value}.`],
    ]);
  });

  it("leaves the schema's own message where no number was expected", () => {
    const [problem] = problemsOf(example.replace("sperrfrist: null", "sperrfrist: 11.00"));
    expect(problem?.message).toMatch(/^muss Datum und Uhrzeit sein/);
  });

  it("keeps a number-like text as written where text is expected", () => {
    const result = validateEdition({ file: "data/herausgeber.yaml", text: publisher.text.replace('telefon: "+49 0000 000000"', "telefon: +4937331000") }, { file: "data/2018.yaml", text: example });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.herausgeber.pressestelle.telefon).toBe("+4937331000");
  });

  it("leaves numbers without separators and quoted text alone", () => {
    expect(edition(example.replace("    anzahl: 9664", "    anzahl: 11000")).ok).toBe(true);
    expect(edition(example.replace("name: Kommunales Jobcenter Erzgebirgskreis\n  gegruendet", 'name: "Jobcenter 1.000"\n  gegruendet')).ok).toBe(true);
  });
});

describe("root cause first", () => {
  const lineOf = (start: string) => example.split("\n").findIndex((line) => line.startsWith(start)) + 1;

  it("reports a wrong berichtsjahr once, with the file name, line and column, and no follow-on errors", () => {
    const problems = problemsOf(example.replace("berichtsjahr: 2018", "berichtsjahr: 2017"));
    expect(problems.map(formatProblem)).toEqual([
      `data/2018.yaml, Zeile ${lineOf("berichtsjahr: 2018")}, Spalte 15 › berichtsjahr: Berichtsjahr 2017 passt nicht zum Dateinamen 2018.yaml. Gehört die Datei zu 2018, hier 2018 eintragen; gehört sie zu 2017, sie unter 2017.yaml speichern, ohne eine vorhandene Datei zu überschreiben`,
    ]);
  });

  it("runs the checks across fields although another field is invalid", () => {
    const problems = problemsOf(example.replace("status: endgueltig", "status: fertig").replace("    2018: 16726", "    2018: 9000"));
    expect(problems.map((problem) => problem.field.join("."))).toEqual(["kennzahlen.personen_in_bedarfsgemeinschaften.2018", "quelle.status"]);
  });

  it("compares municipal with all job centres although another field of the comparison is wrong", () => {
    const problems = problemsOf(example.replace("  stand: 2018\n", "  stand: zweitausend\n").replace("  kommunale_jobcenter: 104", "  kommunale_jobcenter: 500"));
    expect(problems.map((problem) => problem.field.join("."))).toEqual(["bundesvergleich.stand", "bundesvergleich.kommunale_jobcenter"]);
  });

  it("does not compare a figure that is itself invalid", () => {
    const problems = problemsOf(example.replace("    2018: 16726", "    2018: -5"));
    expect(problems.map((problem) => problem.message)).toEqual(["darf nicht negativ sein (gefunden: −5)"]);
  });

  it("checks a period against the founding year only when that year is valid", () => {
    const problems = problemsOf(example.replace("  gegruendet: 2012", "  gegruendet: 2020"));
    expect(problems.map((problem) => `${problem.field.join(".")}: ${problem.message}`)).toEqual(["jobcenter.gegruendet: liegt nach dem Berichtsjahr 2018"]);
  });

  it("refuses a source date after the release, and compares only valid dates", () => {
    const problems = problemsOf(example.replace("  stand: 2019-01-15", "  stand: 2019-01-16"));
    expect(problems.map(formatProblem)).toEqual([
      `data/2018.yaml, Zeile ${lineOf("  stand: 2019-01-15")}, Spalte 10 › quelle › stand: der Stand 2019-01-16 liegt nach der Veröffentlichung am 2019-01-15; die Zahlen können nicht neuer sein als die Pressemitteilung. Ist eines der beiden Daten aus der Datei des Vorjahres stehen geblieben?`,
    ]);
    expect(edition(example.replace("  stand: 2019-01-15", "  stand: 2019-01-14")).ok).toBe(true);
    // As text, "2019-01-15" sorts after "15.01.2019": a date that is no date is not compared.
    expect(problemsOf(example.replace("veroeffentlichung: 2019-01-15", "veroeffentlichung: 15.01.2019")).map((problem) => problem.field.join("."))).toEqual(["veroeffentlichung"]);
  });

  it("names a duplicate key and both of its lines", () => {
    const text = example.replace("  status: endgueltig", "  status: endgueltig\n  stand: 2019-02-01");
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: ["quelle", "stand"], line: lineOf("  status: endgueltig") + 1 });
    expect(problems[0]?.message).toBe(`„stand“ steht zweimal, in Zeile ${lineOf("  stand: 2019-01-15")} und Zeile ${lineOf("  status: endgueltig") + 1}; bitte einen der beiden Einträge löschen.`);
  });

  it("counts a year written once as a number and once as text as the same key", () => {
    const problems = problemsOf(example.replace("    2018: 16726", '    2018: 16726\n    "2018": 17000'));
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^„2018“ steht zweimal, in Zeile \d+ und Zeile \d+/)]);
  });

  it.each([
    ["a genus that is no gender", (text: string) => text.replace("  # genus: n", "  genus: w"), "jobcenter.genus", "muss f, m oder n sein"],
    [
      "a verb of two words",
      (text: string) => text.replace("  - name: Frank Reißmann", "  - name: Frank Reißmann\n    verb: fügt hinzu"),
      "zitate.0.verb",
      "muss ein Verb in einem Wort sein",
    ],
    [
      "persons without a household",
      (text: string) => text.replace("    2012: 18460", "    2012: 0"),
      "kennzahlen.bedarfsgemeinschaften.2012",
      "keine Bedarfsgemeinschaft, aber 31871 Personen in Bedarfsgemeinschaften im Jahr 2012",
    ],
    ["no municipal job centre at all", (text: string) => text.replace("  kommunale_jobcenter: 104", "  kommunale_jobcenter: 0"), "bundesvergleich.kommunale_jobcenter", "das eigene Jobcenter zählt dazu"],
  ])("refuses %s, at its line", (_, change, field, message) => {
    const changed = change(example);
    const problems = problemsOf(changed);
    expect(problems.map((problem) => [problem.field.join("."), problem.message])).toEqual([[field, expect.stringContaining(message)]]);
    const key = `${field.split(".").at(-1)}:`;
    expect(problems[0]?.line).toBe(changed.split("\n").findIndex((line) => line.trim().startsWith(key)) + 1);
  });

  it("refuses a website that is no web address, in the publisher file", () => {
    const text = publisher.text.replace("  email: presse@example.org", "  email: presse@example.org\n  website: www.kreis-musterland.de");
    const result = validateEdition({ file: "data/herausgeber.yaml", text }, { file: "data/2018.yaml", text: example });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => `${problem.file}:${problem.line} ${problem.field.join(".")}: ${problem.message}`)).toEqual([
      expect.stringMatching(new RegExp(`^data/herausgeber\\.yaml:${text.split("\n").findIndex((line) => line.startsWith("  website:")) + 1} pressestelle\\.website: muss eine Webadresse sein, die mit https://`)),
    ]);
  });

  it("refuses a year named twice in the publisher's names for the benefit", () => {
    const text = `${publisher.text}leistung:\n  - ab: 2026\n    name: Grundsicherung\n  - ab: 2026\n    name: Neue Grundsicherung\n`;
    const result = validateEdition({ file: "data/herausgeber.yaml", text }, { file: "data/2018.yaml", text: example });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => `${problem.line} ${problem.field.join(".")}: ${problem.message}`)).toEqual([
      `${text.split("\n").length - 2} leistung.1.ab: das Jahr 2026 steht schon in einem früheren Eintrag`,
    ]);
  });

  it("takes the optional fields of a press office and an edition", () => {
    const text = publisher.text.replace("  email: presse@example.org", "  email: presse@example.org\n  ansprechpartner: Rita Muster\n  anschrift: Musterstraße 1, 09456 Annaberg-Buchholz\n  website: https://www.kreis-musterland.de") + "leistung:\n  - ab: 2026\n    name: Grundsicherung\n";
    const result = validateEdition({ file: "data/herausgeber.yaml", text }, { file: "data/2018.yaml", text: `${example}schlagzeile: Weniger Haushalte auf Hilfe angewiesen\n` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.herausgeber.pressestelle).toMatchObject({ ansprechpartner: "Rita Muster", website: "https://www.kreis-musterland.de" });
    expect(result.value.herausgeber.leistung).toEqual([{ ab: 2026, name: "Grundsicherung" }]);
    expect(result.value.schlagzeile).toBe("Weniger Haushalte auf Hilfe angewiesen");
  });
});
