import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { frozenYears } from "../archive/edition-folder.js";
import { isUpToDate } from "../archive/freshness.js";
import { readStamps, recordStamps, type Stamps } from "../archive/stamps.js";
import { editionFingerprint, toolingFingerprint } from "../load/fingerprint.js";
import { listEditionYears, shown } from "../load/read-edition-sources.js";
import { templatesDir as shippedTemplates } from "../paths.js";
import { mapLimit } from "../print/map-limit.js";
import { ProblemError } from "../problem.js";
import type { Command } from "./args.js";

export type BuildCommand = Extract<Command, { name: "build" }>;

/** A data folder and the output folder its editions go to. */
export interface Unit {
  dataDir: string;
  outDir: string;
}

export interface Job {
  unit: Unit;
  jahr: number;
  fingerprint: string;
  frozen: boolean;
}

/**
 * Pages printed at once: two per core (2–8). Chromium waits on itself more than on the CPU, and
 * node's work between two documents leaves a tab idle; on 2 cores, 4 tabs beat 2 by a tenth.
 */
export const DEFAULT_PARALLEL = Math.min(8, Math.max(2, 2 * availableParallelism()));

/**
 * Decides from raw input bytes alone which editions need building, so an unchanged edition costs
 * neither a parser nor a browser; the rest goes to build-editions.ts.
 */
export async function build(command: BuildCommand): Promise<number> {
  const units = command.dataDirs.map((dataDir) => ({ dataDir, outDir: command.dataDirs.length > 1 ? join(command.outDir, basename(dataDir)) : command.outDir }));
  const tooling = await toolingFingerprint(command.templatesDir ?? shippedTemplates);
  const stamps = new Map<Unit, Stamps>();
  const candidates = (
    await mapLimit(units, 16, async (unit) => {
      const years = command.years.length > 0 ? command.years : await listEditionYears(unit.dataDir);
      const frozen = await frozenYears(unit.outDir);
      stamps.set(unit, command.force ? {} : await readStamps(unit.outDir));
      return years.map((jahr) => ({ unit, jahr, frozen: frozen.has(jahr) }));
    })
  ).flat();
  // Many editions are checked side by side: the work is reading and hashing files, mostly waiting.
  const checked = await mapLimit(candidates, 16, async (candidate) => {
    const fingerprint = await editionFingerprint(candidate.unit.dataDir, candidate.jahr, tooling);
    // A frozen edition is never skipped silently: build refuses it, or writes a new revision on request.
    const { current, checked } =
      command.force || candidate.frozen
        ? { current: false, checked: false }
        : await isUpToDate(candidate.unit.outDir, String(candidate.jahr), fingerprint, stamps.get(candidate.unit) ?? {});
    return { ...candidate, fingerprint, current, checked };
  });
  for (const unit of units) {
    const fresh = checked.filter((job) => job.unit === unit && job.checked);
    await recordStamps(unit.outDir, fresh.map((job) => ({ folder: String(job.jahr), eingaben: job.fingerprint })));
  }
  const jobs: Job[] = checked.filter((job) => !job.current).map(({ current: _current, checked: _checked, ...job }) => job);
  const skipped = checked.filter((job) => job.current).map((job) => join(job.unit.outDir, String(job.jahr)));
  if (skipped.length > 0) {
    const list = skipped.length <= 5 ? skipped.join(", ") : `${skipped.slice(0, 5).join(", ")} und ${skipped.length - 5} weitere`;
    process.stdout.write(`Übersprungen (Eingaben, Vorlagen und Version unverändert, Dateien vollständig; --force baut neu): ${list}\n`);
  }
  if (jobs.length === 0 && skipped.length > 0) {
    process.stdout.write("Nichts zu tun.\n");
    return 0;
  }
  if (jobs.length === 0) {
    throw new ProblemError(units.map((unit) => ({ datei: shown(unit.dataDir), feld: [], meldung: "Im Datenordner liegt keine Ausgabe (Dateien wie 2018.yaml)." })));
  }
  // Chromium takes longest to get ready: it starts before the validators and templates are loaded.
  const chromium = (await import("../print/launch-browser.js")).startBrowser();
  try {
    return await (await import("./build-editions.js")).buildEditions(command, jobs, tooling, chromium);
  } finally {
    await chromium.close();
  }
}
