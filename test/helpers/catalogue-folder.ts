import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { copyDataFolder } from "./data-folder.js";

/** The catalogue of issue 17: its three entries, as a press office writes them. */
export const CATALOGUE = `langzeitleistungsbeziehende:
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

/** The three catalogue series of the issue, as 2019.yaml writes them. */
export const SERIES_2019 = "  langzeitleistungsbeziehende: { 2018: 5120, 2019: 4870 }\n  integrationsquote: { 2018: 24.1, 2019: 25.4 }\n  eingliederungsmittel: { 2019: 12400000 }\n";

function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replaceAll(from, to);
}

/** The example's 2018 edition carried on to 2019, with the catalogue series and texts of its own. */
export function edition2019(example: string): string {
  return [
    ["berichtsjahr: 2018", "berichtsjahr: 2019"],
    ["veroeffentlichung: 2019-01-15", "veroeffentlichung: 2020-01-15"],
    ["    2018: 9922\n", "    2018: 9922\n    2019: 9405\n"],
    ["    2018: 16726\n", `    2018: 16726\n    2019: 15890\n${SERIES_2019}`],
    ["    bis: 2018", "    bis: 2019"],
    ["  stand: 2019-01-15", "  stand: 2020-01-10"],
    ["Das Jobcenter bietet", "Das Jobcenter bot auch 2019"],
    ["Landrat Frank Vogel dankte", "Landrat Rico Anton dankte"],
  ].reduce((text, [from, to]) => replaced(text, from as string, to as string), example);
}

/** A scratch copy of the example data folder with the kennzahlen.yaml and a 2019.yaml using it. */
export async function catalogueFolder(): Promise<Awaited<ReturnType<typeof copyDataFolder>>> {
  const data = await copyDataFolder({ realContact: true });
  await writeFile(join(data.dir, "kennzahlen.yaml"), CATALOGUE);
  await writeFile(join(data.dir, "2019.yaml"), edition2019(await readFile(join(data.dir, "2018.yaml"), "utf8")));
  return data;
}
