import type { Problem } from "../problem.js";
import type { Job } from "./plan-editions.js";
import { Queue } from "./queue.js";
import { loadEditions, type LoadedEdition } from "./steps.js";

export interface ValidEdition extends LoadedEdition {
  job: Job;
}

export interface Validation {
  /** Valid editions, handed out one by one as soon as they pass. */
  editions: Queue<ValidEdition>;
  /** Every problem found, once every edition is validated. */
  problems: Promise<Problem[]>;
}

/**
 * Validates the editions data folder by data folder, handing each valid one on at once so it can be
 * printed while the rest are still being read; after the first problem nothing more is handed on.
 * Warnings go to `warn` as each folder is done.
 */
export function validateEditions(jobs: readonly Job[], strict: boolean, warn: (warnings: readonly Problem[]) => void): Validation {
  const editions = new Queue<ValidEdition>();
  const problems = (async () => {
    const found: Problem[] = [];
    try {
      for (const folder of new Set(jobs.map((job) => job.folder))) {
        const own = jobs.filter((job) => job.folder === folder);
        const loaded = await loadEditions(folder.dataDir, own.map((job) => job.year), { strict });
        warn(loaded.warnings);
        found.push(...loaded.problems);
        if (found.length === 0) for (const loadedEdition of loaded.editions) editions.push({ job: own.find((job) => job.year === loadedEdition.edition.berichtsjahr) as Job, ...loadedEdition });
      }
    } finally {
      editions.close();
    }
    return found;
  })();
  // Awaited by the caller later; an unreadable folder must not surface earlier as an unhandled rejection.
  problems.catch(() => undefined);
  return { editions, problems };
}
