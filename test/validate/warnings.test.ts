import { describe, expect, it } from "vitest";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { copyDataFolder, readExample, withRealContact } from "../helpers/data-folder.js";
import { runCli } from "../helpers/run-cli.js";

const examplePublisher = await readExample("herausgeber.yaml");
const publisher = { file: "data/herausgeber.yaml", text: withRealContact(examplePublisher) };
const example = await readExample("2018.yaml");
const lineOf = (text: string, start: string) => text.split("\n").findIndex((line) => line.startsWith(start)) + 1;
/** The example with another job centre's name and, if given, genus. */
const named = (name: string, genus?: string) =>
  example.replace(/  name: Kommunales Jobcenter Erzgebirgskreis\n  gegruendet: 2012/, `  name: ${name}\n  gegruendet: 2012${genus ? `\n  genus: ${genus}` : ""}`);
const warningsOf = (text: string, from = publisher) => {
  const result = validateEdition(from, { file: "data/2018.yaml", text });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.warnings.map((warning) => `${warning.field.join(".")}@${warning.line}: ${warning.message}`);
};

describe("warnings", () => {
  it("has none for the example's figures", () => {
    expect(warningsOf(example)).toEqual([]);
  });

  it("flags the example's placeholder contact data, in the publisher file", () => {
    const result = validateEdition({ file: "data/herausgeber.yaml", text: examplePublisher }, { file: "data/2018.yaml", text: example });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings.map((warning) => `${warning.file}:${warning.line} ${warning.field.join(".")}: ${warning.message}`)).toEqual([
      `data/herausgeber.yaml:${lineOf(examplePublisher, "  email:")} pressestelle.email: „presse@example.org“ ist eine Beispieladresse; Journalisten erreichen darunter niemanden. Bitte die echte Adresse der Pressestelle eintragen.`,
      `data/herausgeber.yaml:${lineOf(examplePublisher, "  telefon:")} pressestelle.telefon: „+49 0000 000000“ sieht nach einem Platzhalter aus. Bitte die echte Telefonnummer der Pressestelle eintragen.`,
    ]);
  });

  it.each([
    ["presse@kreis-musterland.de", "+49 3733 831-1234", 0],
    ["presse@beispiel.de", "+49 3733 831-1234", 1],
    ["info@jobcenter.test", "03733 8310", 1],
    ["presse@kreis-musterland.de", "0000", 1],
    ["presse@kreis-musterland.de", "0 00 00", 1],
    ["presse@kreis-musterland.de", "+49 3733 10000", 0],
    ["presse@kreis-musterland.de", "+49 3733 831-0", 0],
    ["presse@kreis-musterland.de", "+49 30 9020-0000", 0],
    ["presse@kreis-musterland.de", "0800 0000 123", 0],
    ["presse@kreis-musterland.de", "+49 (0) 000 000", 1],
    ["presse@kreis-musterland.de", "+49 3733 000 000", 1],
    ["presse@kreis-musterland.de", "+49 3733 00 00 00", 1],
    ["presse@kreis-musterland.de", "01234 567890", 1],
    ["presse@kreis-musterland.de", "+49 3733 xxxxx", 1],
  ])("contact %s, %s: %i placeholder warnings", (email, telefon, count) => {
    const text = examplePublisher.replace('"+49 0000 000000"', JSON.stringify(telefon)).replace("presse@example.org", email);
    expect(warningsOf(example, { file: "data/herausgeber.yaml", text })).toHaveLength(count);
  });

  it.each([
    ["Kommunale Arbeitsförderung Musterkreis", undefined, /jobcenter\.name@\d+: „Arbeitsförderung“ klingt weiblich \(die\).*„genus: f“/],
    ["Kommunaler Arbeitsmarktservice Musterland", undefined, /„Arbeitsmarktservice“ klingt männlich \(der\).*„genus: m“/],
    ["JobPlus Annaberg", undefined, /jobcenter\.name@\d+: Das Hauptwort von „JobPlus Annaberg“ ist nicht zu erkennen/],
  ])("flags a name whose head noun suggests another genus than the default: %s, genus %s", (name, genus, message) => {
    expect(named(name, genus)).toContain(name);
    expect(warningsOf(named(name, genus))).toEqual([expect.stringMatching(message)]);
  });

  it("takes the data's genus when the name agrees, or says nothing", () => {
    expect(warningsOf(named("Kommunale Arbeitsförderung Musterkreis", "f"))).toEqual([]);
    expect(warningsOf(named("Pro Arbeit – Kreis Musterland (AöR)", "f"))).toEqual([]);
    expect(warningsOf(named("Jobcenter Musterstadt", "n"))).toEqual([]);
    expect(warningsOf(named("Jobcenter Musterstadt"))).toEqual([]);
    // The data's genus is taken as it is, also where the guess differs: "Landkreis X – Jobcenter" may be "der".
    expect(warningsOf(named("Landkreis Musterland – Jobcenter", "n"))).toEqual([]);
    expect(warningsOf(named("Team Arbeit Hamburg"))).toEqual([]);
  });

  it("flags household sizes outside 1,2–3,0", () => {
    expect(warningsOf(example.replace("    2018: 16726", "    2018: 36726"))).toEqual([
      expect.stringMatching(new RegExp(`^kennzahlen\\.personen_in_bedarfsgemeinschaften\\.2018@${lineOf(example, "    2018: 16726")}: 3,70 Personen je Bedarfsgemeinschaft im Jahr 2018 – üblich sind 1,2 bis 3,0`)),
    ]);
    expect(warningsOf(example.replace("    2018: 16726", "    2018: 10000"))[0]).toContain("1,01 Personen je Bedarfsgemeinschaft");
  });

  it("flags more than 30 % change from one year to the next, not over several", () => {
    // 2012 → 2018 fell by 46 %, but over six years: no warning (see the example above).
    const gentle = example.replace("    2018: 9922", "    2017: 13000\n    2018: 9922").replace("    2018: 16726", "    2017: 22000\n    2018: 16726");
    expect(warningsOf(gentle)).toEqual([]);
    const jump = example.replace("    2018: 9922", "    2017: 16000\n    2018: 9922").replace("    2018: 16726", "    2017: 30000\n    2018: 16726");
    expect(warningsOf(jump)).toEqual([
      expect.stringMatching(/^kennzahlen\.bedarfsgemeinschaften\.2018@\d+: −38 % gegenüber 2017 \(16\.000 → 9\.922\)/),
      expect.stringMatching(/^kennzahlen\.personen_in_bedarfsgemeinschaften\.2018@\d+: −44 % gegenüber 2017/),
    ]);
  });

  it("flags provisional figures and a source older than the reporting year", () => {
    expect(warningsOf(example.replace("status: endgueltig", "status: vorlaeufig").replace("  stand: 2019-01-15", "  stand: 2017-12-01"))).toEqual([
      expect.stringMatching(/^quelle\.stand@\d+: Der Stand 2017-12-01 liegt vor dem Berichtsjahr 2018/),
      expect.stringMatching(/^quelle\.status@\d+: Die Zahlen sind vorläufig/),
    ]);
  });

  it("prints warnings and goes on; --strict refuses", async () => {
    const data = await copyDataFolder({ realContact: true });
    try {
      await data.edit("2018.yaml", (text) => text.replace("status: endgueltig", "status: vorlaeufig"));
      const lenient = await runCli(["check", "--data", data.dir]);
      expect(lenient.code, lenient.stderr).toBe(0);
      expect(lenient.stderr).toMatch(/^Warnung: .*2018\.yaml, Zeile \d+, Spalte \d+ › quelle › status: Die Zahlen sind vorläufig/m);
      const strict = await runCli(["check", "--strict", "--data", data.dir]);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain("1 Fehler in den Eingaben");
    } finally {
      await data.remove();
    }
  });
});
