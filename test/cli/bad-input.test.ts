import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDataFolder } from "../helpers/data-folder.js";
import { runCli } from "../helpers/run-cli.js";

type Change = (text: string) => string | Uint8Array;
const set = (from: string, to: string): Change => (text) => {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

const ALIAS_BOMB = [
  "berichtsjahr: 2018",
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  ...["b", "c", "d", "e", "f", "g", "h"].map((name, index, names) => {
    const previous = index === 0 ? "a" : names[index - 1];
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`;
  }),
].join("\n");

/** Each bad input: the file it breaks, how, and the field (or phrase) the message must name. */
const CORPUS: [name: string, file: "2018.yaml" | "herausgeber.yaml", change: Change, names: string, hasLine: boolean][] = [
  ["typo'd top-level key", "2018.yaml", set("berichtsjahr: 2018", "berichtsjar: 2018"), "berichtsjar", true],
  ["typo'd nested key", "2018.yaml", set("  integrationen:", "  integrationnen:"), "kennzahlen › integrationnen", true],
  ["typo'd publisher key", "herausgeber.yaml", set("pressestelle:", "pressestele:"), "pressestele", true],
  ["missing berichtsjahr", "2018.yaml", set("berichtsjahr: 2018\n", ""), "berichtsjahr: dieses Feld fehlt", true],
  ["missing job centre name", "2018.yaml", set("  name: Kommunales Jobcenter Erzgebirgskreis\n  gegruendet", "  gegruendet"), "jobcenter › name: dieses Feld fehlt", true],
  ["gefoerderte without a count", "2018.yaml", set("    bis: 2018\n    anzahl: 9664\n", "    bis: 2018\n"), "kennzahlen › gefoerderte › anzahl: dieses Feld fehlt", true],
  ["missing quelle", "2018.yaml", set("quelle:\n  name: Kommunales Jobcenter Erzgebirgskreis\n  stand: 2019-01-15\n  status: endgueltig              # vorlaeufig | endgueltig\n", ""), "quelle: dieses Feld fehlt", true],
  ["year as text", "2018.yaml", set("berichtsjahr: 2018", "berichtsjahr: zweitausendachtzehn"), "berichtsjahr: erwartet eine Zahl", true],
  ["fractional year", "2018.yaml", set("berichtsjahr: 2018", "berichtsjahr: 2018.5"), "berichtsjahr: muss eine ganze Jahreszahl sein", true],
  ["German date format", "2018.yaml", set("veroeffentlichung: 2019-01-15", "veroeffentlichung: 15.01.2019"), "veroeffentlichung: muss ein Datum", true],
  ["release before the reporting year", "2018.yaml", set("veroeffentlichung: 2019-01-15", "veroeffentlichung: 2017-12-31"), "veroeffentlichung: liegt vor dem Berichtsjahr", true],
  ["embargo before the release", "2018.yaml", set("sperrfrist: null", "sperrfrist: 2019-01-14T11:00"), "sperrfrist: liegt vor der Veröffentlichung", true],
  ["embargo months after the release", "2018.yaml", set("sperrfrist: null", "sperrfrist: 2019-04-15T11:00"), "sperrfrist: liegt mehr als 30 Tage", true],
  ["embargo not a date", "2018.yaml", set("sperrfrist: null", "sperrfrist: morgen früh"), "sperrfrist: muss Datum und Uhrzeit sein", true],
  ["release number as number", "2018.yaml", set("nummer: null", "nummer: 12"), "nummer: muss Text sein", true],
  ["negative households", "2018.yaml", set("    2018: 9922", "    2018: -5"), "bedarfsgemeinschaften › 2018: darf nicht negativ sein", true],
  ["negative integrations", "2018.yaml", set("anzahl: 31775", "anzahl: -31775"), "integrationen › anzahl: darf nicht negativ sein", true],
  ["fractional persons", "2018.yaml", set("    2018: 16726", "    2018: 16726.5"), "personen_in_bedarfsgemeinschaften › 2018: muss eine ganze Zahl sein", true],
  ["count as quoted text", "2018.yaml", set("    2018: 9922", '    2018: "9.922"'), "bedarfsgemeinschaften › 2018: erwartet eine Zahl", true],
  ["persons < households 2018", "2018.yaml", set("    2018: 16726", "    2018: 1672"), "personen_in_bedarfsgemeinschaften › 2018: 1672 Personen sind weniger", true],
  ["persons and households swapped 2012", "2018.yaml", set("    2012: 18460", "    2012: 41871"), "personen_in_bedarfsgemeinschaften › 2012", true],
  ["more municipal than all job centres", "2018.yaml", set("jobcenter: 407", "jobcenter: 40"), "bundesvergleich › kommunale_jobcenter", true],
  ["series without the reporting year", "2018.yaml", set("    2018: 16726\n", ""), "personen_in_bedarfsgemeinschaften › 2018: der Wert für das Berichtsjahr 2018 fehlt", true],
  ["series year before founding", "2018.yaml", set("    2012: 18460", "    2011: 19000\n    2012: 18460"), "bedarfsgemeinschaften › 2011: das Jahr 2011 liegt außerhalb", true],
  ["series key not a year", "2018.yaml", set("    2012: 18460", "    zwanzig: 1\n    2012: 18460"), "bedarfsgemeinschaften › zwanzig: muss eine vierstellige Jahreszahl sein", true],
  ["period from after to", "2018.yaml", set("    von: 2012\n    bis: 2018\n    anzahl: 31775", "    von: 2018\n    bis: 2012\n    anzahl: 31775"), "integrationen › von: „von“ liegt nach „bis“", true],
  ["period before founding", "2018.yaml", set("    von: 2012\n    bis: 2018\n    anzahl: 9664", "    von: 2010\n    bis: 2018\n    anzahl: 9664"), "gefoerderte: der Zeitraum 2010 bis 2018", true],
  ["unknown source status", "2018.yaml", set("status: endgueltig", "status: fertig"), "quelle › status", true],
  ["source date invalid", "2018.yaml", set("  stand: 2019-01-15", "  stand: 2019-13-45"), "quelle › stand: muss ein Datum", true],
  ["quotes not a list", "2018.yaml", (text) => text.replace(/zitate:[\s\S]*?(?=\nabsaetze)/, "zitate: Frank Reißmann sagte etwas\n"), "zitate: erwartet eine Liste", true],
  ["quote without text", "2018.yaml", (text) => text.replace(/\n    text: Das Jobcenter[^\n]*/, ""), "zitate › 0 › text: dieses Feld fehlt", true],
  ["quote with extra key", "2018.yaml", set("    funktion: Leiter", "    datum: 2019-01-15\n    funktion: Leiter"), "zitate › 0 › datum", true],
  ["empty paragraph", "2018.yaml", (text) => text.replace(/absaetze:[\s\S]*$/, 'absaetze:\n  - ""\n'), "absaetze › 0: darf nicht leer sein", true],
  ["invalid e-mail address", "herausgeber.yaml", set("email: presse@example.org", "email: presse(at)example.org"), "pressestelle › email: muss eine E-Mail-Adresse sein", true],
  ["empty boilerplate", "herausgeber.yaml", (text) => text.replace(/ueber: >-[\s\S]*$/, 'ueber: ""\n'), "ueber: darf nicht leer sein", true],
  ["founded after the reporting year", "2018.yaml", set("gegruendet: 2012", "gegruendet: 2019"), "jobcenter › gegruendet: liegt nach dem Berichtsjahr", true],
  ["bad indentation", "2018.yaml", set("  gegruendet: 2012", "    gegruendet: 2012"), "kein gültiges YAML", true],
  ["tab indentation", "2018.yaml", set("  gegruendet: 2012", "\tgegruendet: 2012"), "kein gültiges YAML", true],
  ["duplicate key", "2018.yaml", set("nummer: null", "nummer: null\nnummer: null"), "nummer: „nummer“ steht zweimal, in Zeile 5 und Zeile 6", true],
  ["reporting year not the file name", "2018.yaml", set("berichtsjahr: 2018", "berichtsjahr: 2017"), "berichtsjahr: Berichtsjahr 2017 passt nicht zum Dateinamen 2018.yaml. Gehört die Datei zu 2018, hier 2018 eintragen", true],
  ["unclosed quote", "herausgeber.yaml", set('telefon: "+49 0000 000000"', 'telefon: "+49 0000 000000'), "kein gültiges YAML", true],
  ["empty file", "2018.yaml", () => "", "Die Datei ist leer", false],
  ["only comments", "2018.yaml", () => "# nichts als ein Kommentar\n", "Die Datei ist leer", false],
  ["a list instead of fields", "2018.yaml", () => "- 2018\n- 9922\n", "aus Feldern der Form", true],
  ["binary garbage", "2018.yaml", () => Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256), "keine Textdatei", false],
  ["Latin-1 instead of UTF-8", "herausgeber.yaml", (text) => Buffer.from(text, "latin1"), "nicht in UTF-8 gespeichert", false],
  ["a 50 MB file", "2018.yaml", (text) => Buffer.concat([Buffer.from(text), Buffer.alloc(50 * 1024 * 1024, "# Füllzeile\n")]), "zu groß", false],
  ["YAML alias bomb", "2018.yaml", () => ALIAS_BOMB, "zu viele YAML-Verweise", false],
];

let out: string;
let before: Map<string, string>;

async function hashes(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (file) => [file, createHash("sha256").update(await readFile(file)).digest("hex")] as const)));
}

beforeAll(async () => {
  // A previous edition as the press office has it: the bad builds must not touch a byte.
  out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
  await mkdir(join(out, "2018"));
  for (const name of ["pressemitteilung.html", "pressemitteilung.pdf", "faktenblatt.html", "faktenblatt.pdf"]) {
    await writeFile(join(out, "2018", name), `vorige Ausgabe: ${name}`);
  }
  before = await hashes(out);
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe.concurrent("a build refuses bad input, in German, and leaves the output alone", () => {
  it("has a corpus of at least 40 bad inputs", () => expect(CORPUS.length).toBeGreaterThanOrEqual(40));

  it.each(CORPUS)("%s", async (_name, file, change, names, hasLine) => {
    const data = await copyDataFolder();
    try {
      const original = await readFile(join(data.dir, file), "utf8");
      await writeFile(join(data.dir, file), change(original));
      const result = await runCli(["build", "2018", "--data", data.dir, "--out", out]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("Es wurde nichts geschrieben.");
      expect(result.stderr).toContain(`${file}`);
      expect(result.stderr).toContain(names);
      if (hasLine) expect(result.stderr).toMatch(new RegExp(`${file.replace(".", "\\.")}, Zeile \\d+`));
      expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:internal|TypeError/);
      expect(await hashes(out)).toEqual(before);
      expect(await readdir(out)).toEqual(["2018"]);
    } finally {
      await data.remove();
    }
  });
});

describe("bad data in one of many data folders", () => {
  it("writes no edition of any folder, though the valid ones may already be printing", async () => {
    const folders = await Promise.all([copyDataFolder(), copyDataFolder(), copyDataFolder()]);
    const out = await mkdtemp(join(tmpdir(), "pressemappe-viele-"));
    try {
      await folders[2]?.edit("2018.yaml", (text) => text.replace("berichtsjahr: 2018", "berichtsjahr: zweitausendachtzehn"));
      const result = await runCli(["build", "2018", ...folders.flatMap((folder) => ["--data", folder.dir]), "--out", out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/2018\.yaml.*berichtsjahr: erwartet eine Zahl/s);
      expect(result.stdout).not.toMatch(/Fertig/);
      expect(await readdir(out, { recursive: true })).toEqual([]);
    } finally {
      await Promise.all(folders.map((folder) => folder.remove()));
      await rm(out, { recursive: true, force: true });
    }
  });
});
