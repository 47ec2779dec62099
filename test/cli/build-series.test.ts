import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDataFolder } from "../helpers/data-folder.js";
import { flat, readPdf } from "../helpers/pdf-text.js";
import { runCli, type CliResult } from "../helpers/run-cli.js";

/** The example's 2018.yaml with fields set, comments kept; `undefined` removes a field. */
function edition(example: string, changes: Record<string, unknown>): string {
  const document = parseDocument(example);
  for (const [path, value] of Object.entries(changes)) {
    if (value === undefined) document.deleteIn(path.split("."));
    else document.setIn(path.split("."), document.createNode(value));
  }
  return document.toString();
}

const year = (berichtsjahr: number) => ({
  berichtsjahr,
  veroeffentlichung: `${berichtsjahr + 1}-01-15`,
  "quelle.stand": `${berichtsjahr + 1}-01-10`,
  "bundesvergleich.stand": berichtsjahr,
  "kennzahlen.integrationen.bis": berichtsjahr,
  "kennzahlen.gefoerderte.bis": berichtsjahr,
});

let folders: Awaited<ReturnType<typeof copyDataFolder>>[];
let out: string;
let result: CliResult;
/** Release and fact sheet text by year, as pdf.js and as poppler's pdftotext read them. */
const texts = new Map<string, { release: string[]; factSheet: string[] }>();

async function read(folder: string, year: number) {
  const dir = join(out, folder, String(year));
  const readers = async (file: string) => [flat((await readPdf(join(dir, file))).text.join("\n")), flat(execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, file), "-"], { encoding: "utf8" }).replace(/\u00ad\n?|-\n(?=\p{Ll})/gu, ""))];
  texts.set(`${folder}/${year}`, { release: await readers("pressemitteilung.pdf"), factSheet: await readers("faktenblatt.pdf") });
}

beforeAll(async () => {
  const series = await copyDataFolder({ realContact: true });
  const lean = await copyDataFolder({ realContact: true });
  folders = [series, lean];
  const example = await readFile(join(series.dir, "2018.yaml"), "utf8");
  await writeFile(join(series.dir, "2019.yaml"), edition(example, { ...year(2019), "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 9410 }, "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 16000 }, zitate: [], absaetze: [] }));
  await writeFile(
    join(series.dir, "2020.yaml"),
    edition(example, { ...year(2020), "kennzahlen.bedarfsgemeinschaften": { 2012: 18460, 2018: 9922, 2019: 9410, 2020: 10200 }, "kennzahlen.personen_in_bedarfsgemeinschaften": { 2012: 31871, 2018: 16726, 2019: 16000, 2020: 18400 }, zitate: [], absaetze: [] }),
  );
  // Another job centre's data: the report year and the year before, nothing else it need not have.
  await rm(join(lean.dir, "2018.yaml"));
  await writeFile(
    join(lean.dir, "2021.yaml"),
    edition(example, { ...year(2021), bundesvergleich: undefined, "kennzahlen.gefoerderte": undefined, "kennzahlen.integrationen": { von: 2021, bis: 2021, anzahl: 2400 }, "kennzahlen.bedarfsgemeinschaften": { 2020: 8800, 2021: 8800 }, "kennzahlen.personen_in_bedarfsgemeinschaften": { 2020: 15100, 2021: 15100 } }),
  );
  out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
  result = await runCli(["build", "--data", series.dir, "--data", lean.dir, "--out", out]);
  if (result.code !== 0) throw new Error(`build failed: ${result.stderr}`);
  const [seriesName, leanName] = folders.map((folder) => folder.dir.split("/").pop() ?? "");
  await Promise.all([read(seriesName!, 2018), read(seriesName!, 2019), read(seriesName!, 2020), read(leanName!, 2021)]);
}, 180_000);
afterAll(async () => {
  await Promise.all([...(folders ?? []).map((folder) => folder.remove()), rm(out, { recursive: true, force: true })]);
});

const textOf = (index: number, year: number) => texts.get(`${folders[index]!.dir.split("/").pop()}/${year}`)!;

describe("a series of editions, built and read back from the PDFs by pdf.js and poppler", () => {
  it("builds every year of both folders without a warning", () => {
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Fertig: 4 Ausgaben");
  });

  it("keeps the first year's story: the long-term change leads", () => {
    for (const release of textOf(0, 2018).release) {
      expect(release).toContain("Zahl der Bedarfsgemeinschaften seit 2012 nahezu halbiert");
      expect(release).not.toContain("Vorjahr");
    }
  });

  it("leads the second year with its fall against the previous year, then tells the long-term change", () => {
    for (const release of textOf(0, 2019).release) {
      expect(release).toContain("Bedarfsgemeinschaften: 5,2 Prozent weniger als im Vorjahr");
      expect(release).toContain("Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr leicht um 5,2 Prozent auf 9.410 gesunken.");
      expect(release).toContain("Auch die Zahl der Menschen, die in diesen Haushalten leben, ist gegenüber dem Vorjahr leicht um 4,3 Prozent auf 16.000 gesunken.");
      expect(release).toContain("Die Zahl der Bedarfsgemeinschaften ist seitdem um 49 Prozent gesunken und hat sich damit nahezu halbiert.");
      expect(release).not.toContain("seit 2012 nahezu halbiert");
    }
    for (const factSheet of textOf(0, 2019).factSheet) expect(factSheet).toMatch(/Bedarfsgemeinschaften 18\.460 9\.922 9\.410 −5,2 % −49,0 %/);
  });

  it("leads the third year with the persons' rise, larger and worded otherwise than the households'", () => {
    for (const release of textOf(0, 2020).release) {
      expect(release).toContain("Menschen in Bedarfsgemeinschaften: 15 Prozent mehr als im Vorjahr");
      expect(release).toContain("Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr leicht um 8,4 Prozent auf 10.200 gestiegen.");
      expect(release).toContain("Auch die Zahl der Menschen, die in diesen Haushalten leben, ist gegenüber dem Vorjahr deutlich um 15 Prozent auf 18.400 gestiegen.");
    }
    for (const factSheet of textOf(0, 2020).factSheet) {
      expect(factSheet).toContain("Jahresdurchschnitt 2012 2019 2020 Veränderung zum Vorjahr Veränderung seit 2012");
      expect(factSheet).toMatch(/Personen in Bedarfsgemeinschaften 31\.871 16\.000 18\.400 \+15,0 % −42,3 %/);
    }
  });

  it("builds a lean edition with only two years and reads it complete, with nothing it lacks", () => {
    const { release: releases, factSheet: factSheets } = textOf(1, 2021);
    for (const release of releases) {
      expect(release).toContain("Bedarfsgemeinschaften: genauso viele wie im Vorjahr");
      expect(release).toContain("Die Zahl der Bedarfsgemeinschaften ist gegenüber dem Vorjahr mit 8.800 unverändert geblieben.");
      expect(release).toContain("Im Jahr 2021 verzeichnete das Jobcenter 2.400 Integrationen in Arbeit oder Ausbildung;");
      expect(release).toContain("Auf eine Bedarfsgemeinschaft kamen 2021 im Schnitt 1,72 Personen, im Vorjahr waren es 1,72.");
      expect(release).not.toMatch(/Förderung|Jobcentern in Deutschland|seitdem|seit 2012 dazu|undefined|NaN/);
      expect(release).toContain("Pressekontakt:");
    }
    for (const factSheet of factSheets) {
      expect(factSheet).toContain("Vergleich mit dem Vorjahr");
      expect(factSheet).not.toMatch(/Bundesvergleich|Förderungen/);
    }
  });
});
