import { ProblemError, type Problem } from "../problem.js";
import type { RenderedDocuments } from "../render/render-pages.js";
import { VERSION } from "../version.js";
import type { OutputFile } from "../write-atomic.js";
import { makePdfA } from "./make-pdfa.js";
import { PRINT_TIMEOUT_MS } from "./page-pool.js";
import type { Printer } from "./printer.js";

export interface PrintedEdition {
  /** The edition's documents as filed: HTML, PDF and the e-mail text. */
  documents: OutputFile[];
  /** Milliseconds each PDF took, by file name. */
  took: Map<string, number>;
  /** Requests a document made and the printer refused. */
  blocked: Problem[];
  chromium: string;
}

export interface PrintTarget {
  year: number;
  srgbProfile: Uint8Array;
  /** The template folder as shown in messages: a document that runs too long names its template. */
  templatesShown: string;
}

/**
 * Prints an edition's pages to PDF/A and checks each against its page limit. The PDF's metadata come
 * from the page and the release date, never from the clock, so the same inputs print the same bytes.
 */
export async function printEdition(printer: Printer, { pages, plainText }: RenderedDocuments, target: PrintTarget): Promise<PrintedEdition> {
  const chromium = await printer.version.catch((error: unknown) => {
    // Chromium did not start: its own message says why and what to install.
    throw new ProblemError([{ kind: "print", file: "Chromium", field: [], message: error instanceof Error ? error.message : String(error) }]);
  });
  const producer = `pressemappe ${VERSION} (Chromium ${chromium})`;
  const blocked: Problem[] = [];
  const printed = await Promise.all(
    pages.map(async (page) => {
      const started = performance.now();
      const where = `${page.name} ${target.year}`;
      const meta = { ...page.meta, date: new Date(`${page.meta.date}T00:00:00Z`), creator: `pressemappe ${VERSION}`, producer };
      const print = async (html: string) => {
        const { pdf: chromiumPdf, blocked: refused } = await printer.print(html).catch((error: unknown) => {
          throw new ProblemError([{ kind: "print", file: where, field: [], message: printFailure(error) }]);
        });
        for (const url of refused) blocked.push({ kind: "print", file: where, field: [], message: `Anfrage an ${url} blockiert – Dokumente laden nichts nach.` });
        return makePdfA(chromiumPdf, meta, target.srgbProfile);
      };
      let printed = await print(page.printHtml());
      const { limit } = page;
      // A full fact sheet is set tighter rather than refused; only the print changes, the web page keeps its spacing.
      if (limit !== undefined && printed.pages > limit.pages) printed = await print(limit.denser());
      if (limit !== undefined && printed.pages > limit.pages) {
        const allowed = limit.pages === 1 ? "eine" : String(limit.pages);
        throw new ProblemError([
          {
            kind: "print",
            file: `${target.templatesShown}/${page.name}.html.hbs`,
            field: [],
            message: `Das Dokument „${page.name}“ ${target.year} braucht auch eng gesetzt ${printed.pages} Seiten, erlaubt ist ${allowed}. ${limit.shorten}`,
          },
        ]);
      }
      return { ...page, pdf: printed.pdf, took: performance.now() - started };
    }),
  );
  const documents = [
    ...printed.flatMap((page) => [
      { name: `${page.name}.html`, data: page.html },
      { name: `${page.name}.pdf`, data: page.pdf },
    ]),
    { name: "pressemitteilung.txt", data: plainText },
  ];
  return { documents, took: new Map(printed.map((page) => [`${page.name}.pdf`, page.took])), blocked, chromium };
}

function printFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/timeout|timed out/i.test(message)) return `Das Drucken dauerte länger als ${PRINT_TIMEOUT_MS / 1000} s und wurde abgebrochen.`;
  return `Chromium konnte das Dokument nicht drucken (${message.split("\n")[0]}).`;
}
