import { join } from "node:path";
import type { CompiledTemplates } from "../compose/compile-templates.js";
import { shown } from "../load/read-edition-sources.js";
import { ProblemError } from "../problem.js";
import { recoverInterrupted, writeFolderAtomic, type OutputFile } from "../write-atomic.js";
import { nextRevisionFolder } from "./edition-folder.js";
import { acquireLock } from "./lock.js";
import { recordStamps } from "./stamps.js";
import { writeOverview } from "./write-overview.js";

export interface EditionToFile {
  year: number;
  /** Archived: written as a new revision beside the archived edition. */
  frozen: boolean;
  fingerprint: string;
}

/**
 * The output folder during one run: locked from open to close and cleaned of a killed run's
 * leftovers first. Each edition is written whole; once every edition of an output folder is
 * written, its stamps and overview page follow at once, while other editions still print.
 */
export class Filing {
  private readonly written = new Map<string, { folder: string; fingerprint: string }[]>();
  private readonly finishing: Promise<void>[] = [];
  /** The overview pages written so far. */
  readonly overviews: string[] = [];

  private constructor(
    private readonly release: () => Promise<void>,
    /** Editions to be written, by output folder. */
    private readonly expected: ReadonlyMap<string, number>,
    private readonly overview: { templates: CompiledTemplates; style: string },
  ) {}

  static async open(outDir: string, expected: ReadonlyMap<string, number>, overview: { templates: CompiledTemplates; style: string }): Promise<Filing> {
    const release = await acquireLock(outDir, shown(outDir));
    try {
      for (const folder of expected.keys()) await recoverInterrupted(folder);
    } catch (error) {
      await release();
      throw error;
    }
    return new Filing(release, expected, overview);
  }

  /** Writes one edition's files into `outDir`; returns the folder written. */
  async file(outDir: string, edition: EditionToFile, files: readonly OutputFile[]): Promise<string> {
    const name = edition.frozen ? await nextRevisionFolder(outDir, edition.year) : String(edition.year);
    const folder = await writeFolderAtomic(outDir, name, files).catch((error: unknown) => {
      throw notWritten(join(outDir, name), error);
    });
    const done = this.written.get(outDir) ?? [];
    this.written.set(outDir, done);
    done.push({ folder: name, fingerprint: edition.fingerprint });
    if (done.length === this.expected.get(outDir)) {
      const finished = this.finish(outDir, done);
      finished.catch(() => undefined);
      this.finishing.push(finished);
    }
    return folder;
  }

  /** Resolves when every stamp and overview begun is written; rejects if one failed. */
  async finished(): Promise<void> {
    await Promise.all(this.finishing);
  }

  /** Lets what was begun finish, then releases the lock. */
  async close(): Promise<void> {
    await Promise.allSettled(this.finishing);
    await this.release();
  }

  private async finish(outDir: string, written: readonly { folder: string; fingerprint: string }[]): Promise<void> {
    await recordStamps(outDir, written);
    const page = join(outDir, "index.html");
    await writeOverview(outDir, this.overview.templates, this.overview.style).catch((error: unknown) => {
      throw notWritten(page, error);
    });
    this.overviews.push(page);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: "der Datenträger ist voll",
  EDQUOT: "das Speicherkontingent ist erschöpft",
  EACCES: "keine Schreibrechte",
  EPERM: "keine Schreibrechte",
  EROFS: "der Datenträger ist schreibgeschützt",
};

/** A full disk or a missing permission is a problem of the output folder, named with the file. */
function notWritten(path: string, error: unknown): ProblemError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new ProblemError([{ kind: "output", file: shown(path), field: [], message: `ließ sich nicht schreiben: ${reason}.` }]);
}
