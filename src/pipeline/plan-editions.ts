import { basename, join, resolve } from "node:path";
import { editionFingerprint, toolingFingerprint } from "../load/fingerprint.js";
import { listEditionYears, shown } from "../load/read-edition-sources.js";
import { templatesDir as shippedTemplates } from "../paths.js";
import { frozenYears } from "../output/edition-folder.js";
import { isUpToDate } from "../output/freshness.js";
import { readStamps, recordStamps, type Stamps } from "../output/stamps.js";
import type { Problem } from "../problem.js";
import { mapLimit } from "./map-limit.js";

/** A data folder and the output folder its editions go to. */
export interface DataFolder {
  dataDir: string;
  outDir: string;
}

/** One edition a run is asked to make. */
export interface Job {
  folder: DataFolder;
  year: number;
  /** All raw inputs of the edition: the same fingerprint, the same documents. */
  fingerprint: string;
  /** Archived: build writes it only as a new revision beside the archived one. */
  frozen: boolean;
}

export interface PlanRequest {
  years: readonly number[];
  dataDirs: readonly string[];
  templatesDir: string | undefined;
  /** Where build writes; without it (check, preview) nothing is frozen or up to date. */
  outDir?: string;
  /** Rebuild editions that are up to date. */
  force?: boolean;
}

export interface Plan {
  jobs: Job[];
  /** Output folders left alone because their inputs and files are unchanged. */
  skipped: string[];
  /** The program, templates and fonts, for the build record. */
  tooling: string;
  problems: Problem[];
}

/**
 * Decides from raw input bytes alone which editions a run makes, so an unchanged edition costs
 * neither a parser nor a browser. Several data folders go to one subfolder each of the output.
 */
export async function planEditions(request: PlanRequest): Promise<Plan> {
  const { outDir } = request;
  const folders = request.dataDirs.map((dataDir) => ({ dataDir, outDir: outDir !== undefined && request.dataDirs.length > 1 ? join(outDir, basename(dataDir)) : (outDir ?? "") }));
  const clashes = sharedOutputs(folders);
  if (clashes.length > 0) return { jobs: [], skipped: [], tooling: "", problems: clashes };
  const tooling = await toolingFingerprint(request.templatesDir ?? shippedTemplates);
  const stamps = new Map<DataFolder, Stamps>();
  const candidates = (
    await mapLimit(folders, 16, async (folder) => {
      const years = request.years.length > 0 ? request.years : await listEditionYears(folder.dataDir);
      const frozen = outDir === undefined ? new Set<number>() : await frozenYears(folder.outDir);
      stamps.set(folder, outDir === undefined || request.force ? {} : await readStamps(folder.outDir));
      return years.map((year) => ({ folder, year, frozen: frozen.has(year) }));
    })
  ).flat();
  // Many editions are checked side by side: the work is reading and hashing files, mostly waiting.
  const checked = await mapLimit(candidates, 16, async (candidate) => {
    const fingerprint = await editionFingerprint(candidate.folder.dataDir, candidate.year, tooling);
    // A frozen edition is never skipped silently: build refuses it, or writes a new revision on request.
    const { current, checked } =
      outDir === undefined || request.force || candidate.frozen
        ? { current: false, checked: false }
        : await isUpToDate(candidate.folder.outDir, String(candidate.year), fingerprint, stamps.get(candidate.folder) ?? {});
    return { ...candidate, fingerprint, current, checked };
  });
  if (outDir !== undefined) {
    for (const folder of folders) {
      const fresh = checked.filter((job) => job.folder === folder && job.checked);
      await recordStamps(folder.outDir, fresh.map((job) => ({ folder: String(job.year), fingerprint: job.fingerprint })));
    }
  }
  const jobs = checked.filter((job) => !job.current).map(({ folder, year, fingerprint, frozen }) => ({ folder, year, fingerprint, frozen }));
  const skipped = checked.filter((job) => job.current).map((job) => join(job.folder.outDir, String(job.year)));
  const empty = jobs.length === 0 && skipped.length === 0;
  const problems = empty ? folders.map((folder) => ({ file: shown(folder.dataDir), field: [], message: "Im Datenordner liegt keine Ausgabe (Dateien wie 2018.yaml)." })) : [];
  return { jobs, skipped, tooling, problems };
}

/** Two data folders with the same name would write into one output folder, the second over the first. */
function sharedOutputs(folders: readonly DataFolder[]): Problem[] {
  const first = new Map<string, DataFolder>();
  const problems: Problem[] = [];
  for (const folder of folders) {
    const earlier = first.get(resolve(folder.outDir));
    if (earlier === undefined) {
      first.set(resolve(folder.outDir), folder);
      continue;
    }
    const message =
      resolve(earlier.dataDir) === resolve(folder.dataDir)
        ? `„${shown(folder.dataDir)}“ ist zweimal angegeben. Bitte jeden Datenordner nur einmal nennen.`
        : `„${shown(earlier.dataDir)}“ und „${shown(folder.dataDir)}“ heißen gleich und würden beide nach ${shown(folder.outDir) || "."}/ geschrieben, eine Ausgabe über die andere. Bitte einen Ordner umbenennen oder die Ordner einzeln bauen, jeden mit eigenem --out.`;
    problems.push({ file: shown(folder.dataDir), field: [], message });
  }
  return problems;
}
