// Writes N synthetic editions, one data folder per fictitious job centre, to measure scale
// without real data: npm run fixtures -- --anzahl 407 --ziel /tmp/beispiele
// Every figure is made up; every file says so.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";

/** Deterministic numbers: the same N gives the same folders on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function writeFixtures(count, target) {
  const next = random(407);
  const between = (low, high) => Math.round(low + next() * (high - low));
  const folders = [];
  for (let index = 1; index <= count; index++) {
    const id = String(index).padStart(3, "0");
    const folder = join(target, `jc-${id}`);
    const founded = next() < 0.5 ? 2005 : 2012;
    const households = between(2000, 40000);
    const ratio = 0.45 + next() * 0.9;
    const perHousehold = 1.5 + next() * 0.6;
    const households2018 = Math.round(households * ratio);
    const integrations = Math.round(households * (1 + next() * 2));
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, "herausgeber.yaml"),
      `# FIKTIVE BEISPIELDATEN für Last- und Geschwindigkeitsmessungen – keine echte Behörde.
name: Landratsamt Beispielkreis ${id} (fiktiv)
ort: Beispielstadt ${id}
pressestelle:
  name: Pressestelle (fiktiv)
  telefon: "+49 0000 000000"
  email: presse-${id}@example.org
ueber: >-
  **Fiktives Beispiel:** Dieses Jobcenter gibt es nicht. Die Zahlen sind erfunden und dienen nur der
  Messung von pressemappe.
`,
    );
    await writeFile(
      join(folder, "2018.yaml"),
      `# FIKTIVE BEISPIELDATEN – alle Zahlen sind erfunden.
berichtsjahr: 2018
veroeffentlichung: 2019-01-15
sperrfrist: null
nummer: null
jobcenter:
  name: Kommunales Jobcenter Beispielkreis ${id}
  gegruendet: ${founded}
bundesvergleich:
  stand: 2018
  jobcenter: 407
  kommunale_jobcenter: 104
kennzahlen:
  bedarfsgemeinschaften:
    ${founded}: ${households}
    2018: ${households2018}
  personen_in_bedarfsgemeinschaften:
    ${founded}: ${Math.round(households * perHousehold)}
    2018: ${Math.round(households2018 * (perHousehold - 0.05))}
  integrationen:
    von: ${founded}
    bis: 2018
    anzahl: ${integrations}
  gefoerderte:
    von: ${founded}
    bis: 2018
    anzahl: ${Math.round(integrations * (0.2 + next() * 0.2))}
quelle:
  name: Fiktive Beispielstatistik
  stand: 2019-01-15
  status: endgueltig
zitate: []
absaetze:
  - Diese Mitteilung ist ein fiktives Beispiel mit erfundenen Zahlen.
`,
    );
    folders.push(folder);
  }
  return folders;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { anzahl: { type: "string", default: "100" }, ziel: { type: "string" } } });
  if (!values.ziel) {
    console.error("Aufruf: npm run fixtures -- --anzahl 407 --ziel ORDNER");
    process.exit(2);
  }
  const folders = await writeFixtures(Number(values.anzahl), values.ziel);
  console.log(`${folders.length} fiktive Datenordner in ${values.ziel}. Bauen: npx pressemappe build ${folders.slice(0, 2).map((folder) => `--data ${folder}`).join(" ")} …`);
}
