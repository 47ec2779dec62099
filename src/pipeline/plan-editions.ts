import { basename, join, resolve } from "node:path";
import { editionFingerprint, toolingFingerprint } from "../load/fingerprint.js";
import { listEditionYears, readEditionSource, shown } from "../load/read-edition-sources.js";
import { readFolder, type TemplateFolder } from "../load/read-templates.js";
import { templatesDir as shippedTemplates } from "../paths.js";
import { frozenYears } from "../output/edition-folder.js";
import { isUpToDate } from "../output/freshness.js";
import { changedInputs, newestAuflage, type ChangedInput } from "../output/kept-inputs.js";
import { readStamps, recordStamps, type Stamps } from "../output/stamps.js";
import type { Problem } from "../problem.js";
import { GAP } from "../validate/gaps.js";
import { parseYaml } from "../validate/parse-yaml.js";
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
  /** Rebuild editions that are up to date; with `newRevision`, write a new Auflage even of unchanged inputs. */
  force?: boolean;
  /** Archived editions whose inputs changed get a new Auflage beside the archive. */
  newRevision?: boolean;
  /** Leave editions that still hold gaps (`???`) for later: a plain build, while next year's file is being filled in. */
  skipUnfinished?: boolean;
}

/** An edition file still being filled in: `gaps` values are `???`. */
export interface UnfinishedEdition {
  folder: DataFolder;
  year: number;
  file: string;
  gaps: number;
}

/**
 * An archived edition the run leaves alone, compared with its newest Auflage (see
 * output/kept-inputs.ts for what counts as an input): unchanged, changed (those files), or not
 * comparable, when the newest Auflage keeps no copy of its inputs.
 */
export interface ArchivedEdition {
  folder: DataFolder;
  year: number;
  /** The newest Auflage's folder: the bag or the latest <jahr>-auflage-N. */
  newest: string;
  changed: readonly ChangedInput[] | "unknown";
}

export interface Plan {
  jobs: Job[];
  /** Output folders left alone because their inputs and files are unchanged. */
  skipped: string[];
  /** Archived editions not built: a plain build never rebuilds them, a new Auflage needs changed inputs. */
  archived: ArchivedEdition[];
  /** Editions not built because they still hold gaps (only with `skipUnfinished`). */
  unfinished: UnfinishedEdition[];
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
  if (clashes.length > 0) return { jobs: [], skipped: [], archived: [], unfinished: [], tooling: "", problems: clashes };
  const tooling = await toolingFingerprint(request.templatesDir ?? shippedTemplates);
  const stamps = new Map<DataFolder, Stamps>();
  const all = (
    await mapLimit(folders, 16, async (folder) => {
      const years = request.years.length > 0 ? request.years : await listEditionYears(folder.dataDir);
      const frozen = outDir === undefined ? new Set<number>() : await frozenYears(folder.outDir);
      stamps.set(folder, outDir === undefined || request.force ? {} : await readStamps(folder.outDir));
      return years.map((year) => ({ folder, year, frozen: frozen.has(year) }));
    })
  ).flat();
  const archived = await leftArchived(all, request);
  const unfinished = request.skipUnfinished ? await unfinishedEditions(all) : [];
  const leftOut = [...archived, ...unfinished];
  const candidates = all.filter((candidate) => !leftOut.some((edition) => edition.folder === candidate.folder && edition.year === candidate.year));
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
  const empty = jobs.length === 0 && skipped.length === 0 && leftOut.length === 0;
  const problems = empty ? folders.map((folder) => ({ file: shown(folder.dataDir), field: [], message: "Im Datenordner liegt keine Ausgabe (Dateien wie 2018.yaml)." })) : [];
  return { jobs, skipped, archived, unfinished, tooling, problems };
}

/** Editions whose file still holds gaps; only files with the marker in them are parsed. */
async function unfinishedEditions(candidates: readonly { folder: DataFolder; year: number }[]): Promise<UnfinishedEdition[]> {
  const found = await mapLimit(candidates, 16, async ({ folder, year }) => {
    const source = await readEditionSource(folder.dataDir, year).catch(() => undefined);
    if (source === undefined || !source.text.includes(GAP)) return [];
    const parsed = parseYaml(source.file, source.text);
    return parsed.ok && parsed.parsed.gaps.length > 0 ? [{ folder, year, file: source.file, gaps: parsed.parsed.gaps.length }] : [];
  });
  return found.flat();
}

/**
 * The archived editions this run does not build. Named without --neu-auflage, an archived year goes
 * on to be refused, as it always was; unnamed, a plain build leaves it alone and says whether its
 * inputs changed. With --neu-auflage only changed inputs make a new Auflage (--force: any).
 */
async function leftArchived(candidates: readonly { folder: DataFolder; year: number; frozen: boolean }[], request: PlanRequest): Promise<ArchivedEdition[]> {
  const frozen = candidates.filter((candidate) => candidate.frozen);
  if (frozen.length === 0 || (request.newRevision && request.force) || (!request.newRevision && request.years.length > 0)) return [];
  const templatesDir = request.templatesDir ?? shippedTemplates;
  let templates: Promise<TemplateFolder> | undefined;
  const compared = await mapLimit(frozen, 16, async ({ folder, year }): Promise<ArchivedEdition> => {
    const newest = await newestAuflage(folder.outDir, year);
    if (newest.kept === undefined) return { folder, year, newest: newest.folder, changed: "unknown" };
    templates ??= readFolder(templatesDir);
    return { folder, year, newest: newest.folder, changed: await changedInputs(newest.kept, folder.dataDir, templatesDir, await templates) };
  });
  return request.newRevision ? compared.filter((edition) => edition.changed !== "unknown" && edition.changed.length === 0) : compared;
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
