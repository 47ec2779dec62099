import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDataFolder } from "../helpers/data-folder.js";
import { flat, readPdf } from "../helpers/pdf-text.js";
import { runCli, type CliResult } from "../helpers/run-cli.js";

/** The three catalogue entries, one of them (langzeitleistungsbeziehende) overriding a built-in. */
const CATALOGUE = `# Eigene Kennzahlen des Jobcenters
langzeitleistungsbeziehende:
  art: anzahl
  bezeichnung: Langzeitleistungsbeziehende
  zaehlwort: { einzahl: Person, mehrzahl: Personen, genus: f }
  satz: { subjekt: die Zahl der Langzeitleistungsbeziehenden, genus: f, numerus: sg }
  messung: jahresdurchschnitt
  hoechstens: personen_in_bedarfsgemeinschaften
integrationsquote:
  art: quote
  bezeichnung: Integrationsquote
  satz: { subjekt: die Integrationsquote, genus: f, numerus: sg }
  messung: jahreswert
eingliederungsmittel:
  art: euro
  bezeichnung: Ausgaben für Eingliederungsleistungen
  satz: { subjekt: die Ausgaben für Eingliederungsleistungen, genus: f, numerus: pl }
  messung: jahressumme
`;

function edition2019(example: string, changes: Record<string, unknown> = {}): string {
  const document = parseDocument(example);
  const set = (path: string, value: unknown) => document.setIn(path.split("."), document.createNode(value));
  for (const [path, value] of Object.entries({
    berichtsjahr: 2019,
    veroeffentlichung: "2020-01-15",
    "quelle.stand": "2020-01-10",
    "bundesvergleich.stand": 2019,
    "kennzahlen.integrationen.bis": 2019,
    "kennzahlen.gefoerderte.bis": 2019,
    "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 9405 },
    "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 15890 },
    "kennzahlen.langzeitleistungsbeziehende": { 2018: 5120, 2019: 4870 },
    "kennzahlen.integrationsquote": { 2018: 24.1, 2019: 25.4 },
    "kennzahlen.eingliederungsmittel": { 2019: 12400000 },
    zitate: [],
    absaetze: [],
    ...changes,
  })) set(path, value);
  return document.toString();
}

const pdftotext = (file: string) => flat(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\u00ad\n?|-\n(?=\p{Ll})/gu, ""));
const readers = async (file: string) => [flat((await readPdf(file)).text.join("\n")), pdftotext(file)];

let folder: Awaited<ReturnType<typeof copyDataFolder>>;
let out: string;
let result: CliResult;
let release: string[];
let factSheet: string[];

beforeAll(async () => {
  folder = await copyDataFolder({ realContact: true });
  await writeFile(join(folder.dir, "kennzahlen.yaml"), CATALOGUE);
  await writeFile(join(folder.dir, "2019.yaml"), edition2019(await readFile(join(folder.dir, "2018.yaml"), "utf8")));
  out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
  result = await runCli(["build", "2019", "--data", folder.dir, "--out", out]);
  if (result.code !== 0) throw new Error(`build failed: ${result.stderr}`);
  release = await readers(join(out, "2019", "pressemitteilung.pdf"));
  factSheet = await readers(join(out, "2019", "faktenblatt.pdf"));
}, 120_000);
afterAll(async () => {
  await Promise.all([folder?.remove(), rm(out, { recursive: true, force: true })]);
});

describe("an edition with the figures of its own catalogue, read back from the PDFs by pdf.js and poppler", () => {
  it("builds, and keeps the catalogue with the edition's inputs", async () => {
    expect(result.stderr).toBe("");
    expect(await readFile(join(out, "2019", "eingaben", "daten", "kennzahlen.yaml"), "utf8")).toBe(CATALOGUE);
  });

  it("tells each figure in the release, by its kind", () => {
    for (const text of release) {
      expect(text).toContain("Die Zahl der Langzeitleistungsbeziehenden ist gegenüber dem Vorjahr leicht um 4,9 Prozent auf 4.870 gesunken.");
      expect(text).toContain("Die Integrationsquote ist gegenüber dem Vorjahr um 1,3 Prozentpunkte auf 25,4 Prozent gestiegen.");
      expect(text).toContain("Die Ausgaben für Eingliederungsleistungen lagen im Jahr 2019 bei 12,4 Millionen Euro.");
    }
  });

  it("lists all three in the fact sheet's table, which still fits one page", async () => {
    for (const text of factSheet) {
      expect(text).toMatch(/Langzeitleistungsbeziehende – 5\.120 4\.870 −4,9 % –/);
      expect(text).toMatch(/Integrationsquote \(Jahreswert\) – 24,1 % 25,4 % \+1,3 Pp\. –/);
      expect(text).toMatch(/Ausgaben für Eingliederungsleistungen \(Jahressumme\) – – 12,4 Mio\. € – –/);
    }
    expect((await readPdf(join(out, "2019", "faktenblatt.pdf"))).pages).toBe(1);
  });

  it("says which list to shorten when even the tighter print needs two pages, and writes nothing", async () => {
    const many = ["erwerbsfaehige_leistungsberechtigte", "unter_25_jaehrige", "arbeitslose", "langzeitarbeitslose", "kinder_unter_15", "integrationen_im_jahr", "kosten_der_unterkunft"];
    const values = Object.fromEntries(many.map((key, index) => [`kennzahlen.${key}`, { 2018: 9000 - index * 500, 2019: 8800 - index * 500 }]));
    await folder.edit("2019.yaml", (text) => edition2019(text, { ...values, "faktenblatt.kacheln": ["bedarfsgemeinschaften", "personen_in_bedarfsgemeinschaften", "integrationen", "gefoerderte", ...many] }));
    const target = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
    try {
      const refused = await runCli(["build", "2019", "--data", folder.dir, "--out", target]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("Das Dokument „faktenblatt“ 2019 braucht auch eng gesetzt 2 Seiten, erlaubt ist eine. Bitte in 2019.yaml unter „faktenblatt:“ die Liste „tabelle“ (jetzt 12 Kennzahlen, ohne eigene Liste) kürzen, sonst „kacheln“ (jetzt 11 Kacheln)");
      expect(refused.stderr).toContain("Es wurde nichts geschrieben.");
      expect(await readdir(target)).toEqual([]);
    } finally {
      await rm(target, { recursive: true, force: true });
    }
  }, 60_000);
});
