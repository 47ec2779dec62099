import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { watch } from "chokidar";
import type { EditionResult, Outcome, Progress } from "../pipeline/outcome.js";
import { planEditions } from "../pipeline/plan-editions.js";
import { runEditions } from "../pipeline/run-editions.js";
import type { Printer } from "../print/printer.js";
import { formatProblem, ProblemError, type Problem } from "../problem.js";
import { documentPage, overviewPage, type PreviewState } from "./pages.js";

const SETTLE_MS = 80;
/** Editors save through temporary files; their names must not trigger a run. */
const EDITOR_TEMPORARIES = /(\.swp|\.swx|\.tmp|~|\/4913|\/\.#[^/]*|\/#[^/]*#)$/;

export interface PreviewRequest {
  years: readonly number[];
  dataDir: string;
  templatesDir: string;
  strict: boolean;
  port: number;
}

export interface PreviewServer {
  address: string;
  close(): Promise<void>;
}

/**
 * A local preview: on every save of data or templates the editions run through the same steps as
 * `check` (validated, rendered, printed with the same checks), and open pages reload by server-sent
 * events. Problems overlay the last good state; warnings show above the current one.
 */
export async function servePreview(request: PreviewRequest, printer: Printer, say: (line: string) => void): Promise<PreviewServer> {
  let editions = new Map<number, EditionResult>();
  /** The years of the last run, valid or not: their pages show the problems until they are fixed. */
  let planned = new Set<number>();
  const state: PreviewState = { version: 0, years: [], problems: [], warnings: [] };
  const clients = new Set<ServerResponse>();

  const run = async () => {
    const found = new Map<number, EditionResult>();
    const warnings: Problem[] = [];
    const progress: Progress = {
      warnings: (list) => warnings.push(...list),
      printing: () => undefined,
      printed: (_job, printed) => warnings.push(...printed.blocked),
      edition: (result) => found.set(result.job.year, result),
    };
    let problems: Problem[];
    try {
      const plan = await planEditions({ years: request.years, dataDirs: [request.dataDir], templatesDir: request.templatesDir });
      planned = new Set(plan.jobs.map((job) => job.year));
      const run = { stop: "print" as const, jobs: plan.jobs, templatesDir: request.templatesDir, strict: request.strict, tooling: plan.tooling };
      problems = plan.problems.length > 0 ? plan.problems : (await runEditions(run, progress, printer)).problems;
    } catch (error) {
      problems = error instanceof ProblemError ? [...error.problems] : [{ file: request.dataDir, field: [], message: error instanceof Error ? error.message : String(error) }];
    }
    state.version++;
    state.problems = problems.map(formatProblem);
    // The warnings of the state shown: a failed run keeps the last good one, and its warnings.
    if (problems.length === 0) {
      editions = found;
      state.years = [...found.keys()].sort((a, b) => a - b);
      state.warnings = warnings.map(formatProblem);
    }
    const message = `event: zustand\ndata: ${JSON.stringify(state)}\n\n`;
    for (const client of clients) client.write(message);
  };
  // One run at a time, so an older state never overwrites a newer one; saves during a run make one more.
  let running: Promise<void> | undefined;
  let again = false;
  const refresh = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
      running = undefined;
    })();
    return running;
  };
  // Watching starts first: a save while the first run prints is not lost.
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch([request.dataDir, request.templatesDir], { ignoreInitial: true, ignored: (path) => EDITOR_TEMPORARIES.test(path) });
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), SETTLE_MS);
  });
  await refresh();

  const server = createServer((incoming, response) => route(incoming, response));
  const route = (incoming: IncomingMessage, response: ServerResponse) => {
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const send = (status: number, type: string, body: string | Uint8Array) => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      response.end(body);
    };
    // A web page the user visits could reach 127.0.0.1 under its own name (DNS rebinding) and read
    // embargoed drafts; only requests addressed to this machine by name are answered.
    if (!hosts.has(incoming.headers.host ?? "")) return send(403, "text/plain; charset=utf-8", "Die Vorschau antwortet nur Anfragen an 127.0.0.1 oder localhost.");
    if (url.pathname === "/") return send(200, "text/html; charset=utf-8", overviewPage(state));
    if (url.pathname === "/ereignisse") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(`event: zustand\ndata: ${JSON.stringify(state)}\n\n`);
      clients.add(response);
      incoming.on("close", () => clients.delete(response));
      return;
    }
    const match = /^\/(\d{4})\/(pressemitteilung|faktenblatt)(\.html|\.pdf)?$/.exec(url.pathname);
    if (!match) return send(404, "text/plain; charset=utf-8", "Nicht gefunden.");
    const [, year = "", name = "", extension] = match;
    const edition = editions.get(Number(year));
    // A year with a data file gets its page even while invalid: the page shows what is wrong.
    if (extension === undefined && (edition || planned.has(Number(year)))) {
      return send(200, "text/html; charset=utf-8", documentPage(state, Number(year), name, url.searchParams.get("ansicht") === "pdf"));
    }
    if (!edition) return send(404, "text/plain; charset=utf-8", `Keine Ausgabe ${year}.`);
    // The very files build writes: the same steps made them.
    const file = edition.printed?.documents.find((document) => document.name === `${name}${extension}`);
    if (!file) return send(404, "text/plain; charset=utf-8", "Nicht gefunden.");
    send(200, extension === ".pdf" ? "application/pdf" : "text/html; charset=utf-8", file.data);
  };

  let hosts = new Set<string>();
  const address = await listen(server, request.port, say);
  const { port } = new URL(address);
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  let closing: Promise<void> | undefined;
  return {
    address,
    close: () =>
      (closing ??= (async () => {
        clearTimeout(timer);
        await watcher.close();
        for (const client of clients) client.end();
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await running;
      })()),
  };
}

/** Listens on 127.0.0.1 only; a taken port moves on to the next free one and says so. */
async function listen(server: Server, port: number, say: (line: string) => void): Promise<string> {
  for (let candidate = port, attempt = 0; attempt < 20; attempt++, candidate = port === 0 ? 0 : candidate + 1) {
    const bound = await new Promise<number | undefined>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(undefined) : reject(error));
      server.once("error", onError);
      server.listen(candidate, "127.0.0.1", () => {
        server.off("error", onError);
        const info = server.address();
        resolve(typeof info === "object" && info ? info.port : candidate);
      });
    });
    if (bound !== undefined) return `http://127.0.0.1:${bound}/`;
    say(`Port ${candidate} ist belegt, versuche ${candidate + 1} …`);
  }
  throw new ProblemError([{ file: "--port", field: [], message: `Kein freier Port ab ${port} gefunden. Einen anderen wählen, z. B. --port 8080.` }]);
}
