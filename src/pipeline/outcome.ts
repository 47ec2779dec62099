import type { Problem } from "../problem.js";
import type { PrintedEdition } from "../print/print-edition.js";
import type { RenderedDocuments } from "../render/render-pages.js";
import type { Job } from "./plan-editions.js";

/** What a run made of one edition. */
export interface EditionResult {
  job: Job;
  rendered: RenderedDocuments;
  printed: PrintedEdition;
  /** The folder it was written to. */
  written?: string;
}

/** What a run tells as it goes; the command line prints it, the preview collects it. */
export interface Progress {
  /** Plausibility warnings of the data, as each data folder is validated. */
  warnings(warnings: readonly Problem[]): void;
  printing(job: Job, documents: readonly string[]): void;
  /** An edition's PDFs are printed and within their page limits; `printed.blocked` lists refused requests. */
  printed(job: Job, printed: PrintedEdition): void;
  /** An edition done as far as the run goes: printed, or written too. */
  edition(result: EditionResult): void;
}

export interface Outcome {
  /** Empty when the run did everything it was asked. */
  problems: Problem[];
  /** Edition folders written before a problem stopped the run: a run that fails late may have written some. */
  written: string[];
  /** Overview pages (index.html) written: one per output folder whose editions were all written. */
  overviews: string[];
  /** Whether any edition was printed (within its page limits) before the run stopped. */
  printed: boolean;
}
