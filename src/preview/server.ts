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
  const state: PreviewState = { version: 0, jahre: [], fehler: [], warnungen: [] };
  const clients = new Set<ServerResponse>();

  const run = async () => {
    const found = new Map<number, EditionResult>();
    const warnings: Problem[] = [];
    const progress: Progress = {
      warnings: (list) => warnings.push(...list),
      printing: () => undefined,
      edition: (result) => {
        found.set(result.job.year, result);
        warnings.push(...(result.printed?.blocked ?? []));
      },
    };
    let outcome: Pick<Outcome, "problems">;
    try {
      const plan = await planEditions({ years: request.years, dataDirs: [request.dataDir], templatesDir: request.templatesDir });
      outcome = plan.problems.length > 0 ? plan : await runEditions({ jobs: plan.jobs, templatesDir: request.templatesDir, strict: request.strict, tooling: plan.tooling }, "print", progress, printer);
    } catch (error) {
      outcome = { problems: error instanceof ProblemError ? [...error.problems] : [{ file: request.dataDir, field: [], message: error instanceof Error ? error.message : String(error) }] };
    }
    state.version++;
    state.fehler = outcome.problems.map(formatProblem);
    state.warnungen = warnings.map(formatProblem);
    if (outcome.problems.length === 0) {
      editions = found;
      state.jahre = [...found.keys()].sort((a, b) => a - b);
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
  await refresh();

  const server = createServer((incoming, response) => route(incoming, response));
  const route = (incoming: IncomingMessage, response: ServerResponse) => {
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const send = (status: number, type: string, body: string | Uint8Array) => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      response.end(body);
    };
    if (url.pathname === "/") return send(200, "text/html; charset=utf-8", overviewPage(state));
    if (url.pathname === "/ereignisse") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(`event: zustand\ndata: ${JSON.stringify(state)}\n\n`);
      clients.add(response);
      incoming.on("close", () => clients.delete(response));
      return;
    }
    const match = /^\/(\d{4})\/(pressemitteilung|faktenblatt)(\.html|\.pdf)?$/.exec(url.pathname);
    const edition = match ? editions.get(Number(match[1])) : undefined;
    if (!match || !edition) return send(404, "text/plain; charset=utf-8", match ? `Keine Ausgabe ${match[1]}.` : "Nicht gefunden.");
    const [, year = "", name = "", extension] = match;
    if (extension === undefined) return send(200, "text/html; charset=utf-8", documentPage(state, Number(year), name, url.searchParams.get("ansicht") === "pdf"));
    // The very files build writes: the same steps made them.
    const file = edition.printed?.documents.find((document) => document.name === `${name}${extension}`);
    if (!file) return send(404, "text/plain; charset=utf-8", "Nicht gefunden.");
    send(200, extension === ".pdf" ? "application/pdf" : "text/html; charset=utf-8", file.data);
  };

  const address = await listen(server, request.port, say);
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch([request.dataDir, request.templatesDir], { ignoreInitial: true, ignored: (path) => EDITOR_TEMPORARIES.test(path) });
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), SETTLE_MS);
  });

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
