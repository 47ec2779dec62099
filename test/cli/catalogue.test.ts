import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE, catalogueFolder } from "../helpers/catalogue-folder.js";
import { flat, readPdf } from "../helpers/pdf-text.js";
import { runCli } from "../helpers/run-cli.js";

type File = "2019.yaml" | "kennzahlen.yaml";

const replaced = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
};
/** 1-based line and column of `value` on the first line starting with `start`. */
const at = (text: string, start: string, value: string) => {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${JSON.stringify(start)}`);
  return `Zeile ${index + 1}, Spalte ${(lines[index] as string).indexOf(value) + 1}`;
};

/**
 * Each bad input of the catalogue: the file it breaks, how, and the one message (after the file's
 * path) it must bring, with the line and column computed from the changed text.
 */
const CASES: [name: string, file: File, change: (text: string) => string, message: (text: string) => string][] = [
  [
    "a quote above 100",
    "2019.yaml",
    (text) => replaced(text, "{ 2018: 24.1, 2019: 25.4 }", "{ 2018: 24.1, 2019: 120 }"),
    (text) => `${at(text, "  integrationsquote:", "120")} › kennzahlen › integrationsquote › 2019: darf höchstens 100 sein: eine Quote in Prozent, von 0 bis 100 (gefunden: 120)`,
  ],
  [
    "a count with a thousands point",
    "2019.yaml",
    (text) => replaced(text, "{ 2018: 5120, 2019: 4870 }", "{ 2018: 5120, 2019: 4.870 }"),
    (text) =>
      `${at(text, "  langzeitleistungsbeziehende:", "4.870")} › kennzahlen › langzeitleistungsbeziehende › 2019: „4.870“ liest das Dateiformat als 4,87, denn der Punkt trennt dort Nachkommastellen. Zahlen bitte ohne Tausenderpunkt schreiben: 4870.`,
  ],
  [
    "an edition key missing from the catalogue",
    "2019.yaml",
    (text) => replaced(text, "  eingliederungsmittel: { 2019: 12400000 }\n", "  eingliederungsmittel: { 2019: 12400000 }\n  gefluechtete: { 2019: 1250 }\n"),
    (text) => `${at(text, "  gefluechtete:", "gefluechtete")} › kennzahlen › gefluechtete: „gefluechtete“ ist keine bekannte Kennzahl: weder eingebaut noch in KATALOG beschrieben. Tippfehler? Eine eigene Kennzahl bitte dort beschreiben (README, „Eigene Kennzahlen“).`,
  ],
  [
    "a catalogue entry of an unknown kind",
    "kennzahlen.yaml",
    (text) => replaced(text, "art: quote", "art: prozent"),
    (text) => `${at(text, "  art: prozent", "prozent")} › integrationsquote › art: muss anzahl, euro oder quote sein (gefunden: „prozent“)`,
  ],
  [
    "a catalogue entry with an unknown key",
    "kennzahlen.yaml",
    (text) => replaced(text, "  messung: jahressumme\n", "  messung: jahressumme\n  einheit: Euro\n"),
    (text) => `${at(text, "  einheit:", "einheit")} › eingliederungsmittel › einheit: unbekanntes Feld „einheit“ – Tippfehler? Erlaubt sind nur die im README beschriebenen Felder.`,
  ],
  [
    "a catalogue entry without satz",
    "kennzahlen.yaml",
    (text) => replaced(text, "  satz: { subjekt: die Integrationsquote, genus: f, numerus: sg }\n", ""),
    // A missing field is reported where its entry's fields begin.
    (text) => `${at(text, "  art: quote", "art")} › integrationsquote › satz: dieses Feld fehlt`,
  ],
];

let data: Awaited<ReturnType<typeof catalogueFolder>>;
let scratch: string;
beforeAll(async () => {
  data = await catalogueFolder();
  scratch = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
});
afterAll(async () => {
  await data.remove();
  await rm(scratch, { recursive: true, force: true });
});

describe("bad catalogue input refuses check and build, in German, at file, line and field, and build writes nothing", () => {
  const originals = new Map<File, string>();
  afterEach(async () => {
    for (const [file, text] of originals) await writeFile(join(data.dir, file), text);
    originals.clear();
  });

  it.each(CASES)("%s", async (_name, file, change, message) => {
    const original = await readFile(join(data.dir, file), "utf8");
    originals.set(file, original);
    const text = change(original);
    await writeFile(join(data.dir, file), text);
    const expected = `  ${join(data.dir, file)}, ${message(text).replace("KATALOG", join(data.dir, "kennzahlen.yaml"))}`;

    const checked = await runCli(["check", "2019", "--data", data.dir]);
    expect(checked.code).toBe(1);
    expect(checked.stderr.split("\n")).toContain(expected);
    expect(checked.stderr).toContain("1 Fehler in den Eingaben");

    const out = join(scratch, "nie");
    const built = await runCli(["build", "2019", "--data", data.dir, "--out", out]);
    expect(built.code).toBe(1);
    expect(built.stdout).toBe("");
    expect(built.stderr.split("\n")).toContain(expected);
    expect(built.stderr).toContain("Es wurde nichts geschrieben.");
    expect(existsSync(out)).toBe(false);
  });
});

describe("kennzahlen.yaml as an input of every edition", () => {
  const out = () => join(scratch, "ausgabe");
  const catalogue = () => join(data.dir, "kennzahlen.yaml");

  it("is kept in the edition's inputs, and a change to it rebuilds an edition that was up to date", async () => {
    const first = await runCli(["build", "2019", "--data", data.dir, "--out", out()]);
    expect(first.code, first.stderr).toBe(0);
    expect(await readFile(join(out(), "2019", "eingaben", "daten", "kennzahlen.yaml"), "utf8")).toBe(CATALOGUE);
    const again = await runCli(["build", "2019", "--data", data.dir, "--out", out()]);
    expect(again.stdout).toContain(`Übersprungen (Daten, Vorlagen und Programm unverändert, Dateien vollständig; --force baut neu): ${join(out(), "2019")}`);

    const renamed = CATALOGUE.replace("bezeichnung: Integrationsquote", "bezeichnung: Integrationsquote (K2)");
    await writeFile(catalogue(), renamed);
    const rebuilt = await runCli(["build", "2019", "--data", data.dir, "--out", out()]);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).not.toContain("Übersprungen");
    expect(rebuilt.stdout).toContain("Fertig: 1 Ausgabe");
    expect(await readFile(join(out(), "2019", "eingaben", "daten", "kennzahlen.yaml"), "utf8")).toBe(renamed);
    expect(flat((await readPdf(join(out(), "2019", "faktenblatt.pdf"))).text.join(" "))).toContain("Integrationsquote (K2)");
  });

  it("changed after archiving, is named as a file every year shares, like herausgeber.yaml, without urging a new Auflage", async () => {
    const archived = await runCli(["archive", "2019", "--data", data.dir, "--out", out()]);
    expect(archived.code, archived.stderr).toBe(0);
    await data.edit("kennzahlen.yaml", (text) => text.replace("(K2)", "(K 2)"));
    const all = await runCli(["build", "--data", data.dir, "--out", out()]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain(
      `Archiviert, nicht gebaut: 2019 (${join(out(), "archiv", "2019")}) – seit der letzten Auflage geändert sind nur Dateien, die alle Jahre teilen: ${catalogue()}.`,
    );
    expect(all.stdout).not.toContain("Eine neue Auflage schreibt");
  });

  it("added after archiving, is named as added; archive refuses an edition made without it", async () => {
    const bare = await catalogueFolder();
    const output = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    try {
      // The three series are built in: the edition needs no kennzahlen.yaml.
      await rm(join(bare.dir, "kennzahlen.yaml"));
      const built = await runCli(["build", "--data", bare.dir, "--out", output]);
      expect(built.code, built.stderr).toBe(0);
      expect((await runCli(["archive", "2019", "--data", bare.dir, "--out", output])).code).toBe(0);
      await writeFile(join(bare.dir, "kennzahlen.yaml"), CATALOGUE);

      const refused = await runCli(["archive", "2018", "--data", bare.dir, "--out", output]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${join(bare.dir, "kennzahlen.yaml")}: ist hinzugekommen, nachdem die Ausgabe 2018 gebaut wurde; die Dokumente entstanden ohne diese Datei. Bitte zuerst neu bauen`);

      const plain = await runCli(["build", "--data", bare.dir, "--out", output]);
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout).toContain(`Archiviert, nicht gebaut: 2019 (${join(output, "archiv", "2019")}) – seit der letzten Auflage geändert sind nur Dateien, die alle Jahre teilen: ${join(bare.dir, "kennzahlen.yaml")} (hinzugekommen).`);
      // 2018 is not archived: its inputs changed, so it is built again.
      expect(plain.stdout).toContain("Fertig: 1 Ausgabe");
    } finally {
      await bare.remove();
      await rm(output, { recursive: true, force: true });
    }
  });
});
