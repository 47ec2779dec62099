import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { watch } from "chokidar";
import type { BrowserStart } from "../print/launch-browser.js";
import type { PagePool } from "../print/page-pool.js";
import { shown } from "../load/read-edition-sources.js";
import { checkTemplates, loadDocumentSet, loadEditions, renderEdition } from "../pipeline.js";
import { templatesDir as shippedTemplates } from "../paths.js";
import { formatProblem, ProblemError } from "../problem.js";
import { documentPage, overviewPage, type PreviewState } from "../preview/pages.js";
import type { RenderedDocuments } from "../render/render-pages.js";
import { VERSION } from "../version.js";
import type { Command } from "./args.js";


const SETTLE_MS = 80;
/** Editors save through temporary files; their names must not trigger a render. */
const EDITOR_TEMPORARIES = /(\.swp|\.swx|\.tmp|~|\/4913|\/\.#[^/]*|\/#[^/]*#)$/;

/**
 * A local preview: the documents exactly as build writes them, re-rendered on every save of data
 * or templates and pushed to open pages by server-sent events; errors overlay the last good state.
 */
export async function preview({ years, dataDir, templatesDir, port }: Extract<Command, { name: "preview" }>): Promise<number> {
  const templates = templatesDir ?? shippedTemplates;
  let rendered = new Map<number, RenderedDocuments>();
  let srgbProfile: Uint8Array | undefined;
  const state: PreviewState = { version: 0, jahre: [], fehler: [] };
  const clients = new Set<ServerResponse>();
  const pdfs = new Map<string, Promise<Uint8Array>>();
  let browser: BrowserStart | undefined;
  // One warm browser and one reused tab for the whole session: a tab per request would pile up.
  let pool: Promise<PagePool> | undefined;

  const refresh = async () => {
    state.version++;
    try {
      const loaded = await loadEditions(dataDir, years);
      if (loaded.problems.length > 0) throw new ProblemError(loaded.problems);
      const set = await loadDocumentSet(templates);
      srgbProfile = set.srgbProfile;
      checkTemplates(set, loaded.editions[0]);
      rendered = new Map(loaded.editions.map((edition) => [edition.berichtsjahr, renderEdition(set, edition)]));
      state.jahre = [...rendered.keys()];
      state.fehler = [];
      pdfs.clear();
    } catch (error) {
      state.fehler = error instanceof ProblemError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
    }
    const message = `event: zustand\ndata: ${JSON.stringify(state)}\n\n`;
    for (const client of clients) client.write(message);
  };
  await refresh();

  const pdf = (jahr: number, name: string): Promise<Uint8Array> => {
    const key = `${jahr}/${name}/${state.version}`;
    const cached = pdfs.get(key);
    if (cached) return cached;
    const documents = rendered.get(jahr);
    const page = documents?.pages.find((candidate) => candidate.name === name);
    if (!page) return Promise.reject(new Error("nicht gefunden"));
    const profile = srgbProfile;
    // A rendered page exists only after a refresh that also loaded the colour profile.
    if (!profile) return Promise.reject(new Error("Farbprofil nicht geladen"));
    const printing = (async () => {
      const [{ startBrowser }, { PagePool }, { makeArchival }] = await Promise.all([
        import("../print/launch-browser.js"),
        import("../print/page-pool.js"),
        import("../print/make-archival.js"),
      ]);
      browser ??= startBrowser();
      const launched = browser.ready;
      pool ??= launched.then((ready) => new PagePool(ready, 1));
      const { pdf: raw } = await (await pool).print(page.printHtml());
      const meta = { ...page.meta, date: new Date(`${page.meta.date}T00:00:00Z`), creator: `pressemappe ${VERSION}`, producer: `pressemappe ${VERSION} (Vorschau)` };
      return makeArchival(raw, meta, profile).pdf;
    })();
    pdfs.set(key, printing);
    return printing;
  };

  const server = createServer((request, response) => void route(request, response));
  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const send = (status: number, type: string, body: string | Uint8Array) => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      response.end(body);
    };
    if (url.pathname === "/") return send(200, "text/html; charset=utf-8", overviewPage(state));
    if (url.pathname === "/ereignisse") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(`event: zustand\ndata: ${JSON.stringify(state)}\n\n`);
      clients.add(response);
      request.on("close", () => clients.delete(response));
      return;
    }
    const match = /^\/(\d{4})\/(pressemitteilung|faktenblatt)(\.html|\.pdf)?$/.exec(url.pathname);
    if (!match) return send(404, "text/plain; charset=utf-8", "Nicht gefunden.");
    const [, year = "", name = "", extension] = match;
    const jahr = Number(year);
    if (extension === undefined) return send(200, "text/html; charset=utf-8", documentPage(state, jahr, name, url.searchParams.get("ansicht") === "pdf"));
    const page = rendered.get(jahr)?.pages.find((candidate) => candidate.name === name);
    if (!page) return send(404, "text/plain; charset=utf-8", `Keine Ausgabe ${jahr}.`);
    if (extension === ".html") return send(200, "text/html; charset=utf-8", page.html);
    try {
      send(200, "application/pdf", await pdf(jahr, name));
    } catch (error) {
      send(500, "text/plain; charset=utf-8", `Das PDF ließ sich nicht drucken: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const address = await listen(server, port);
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch([dataDir, templates], { ignoreInitial: true, ignored: (path) => EDITOR_TEMPORARIES.test(path) });
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), SETTLE_MS);
  });
  process.stdout.write(`Vorschau läuft: ${address} (Daten: ${shown(dataDir) || "."}, Vorlagen: ${shown(templates)}). Beenden mit Strg+C.\n`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  clearTimeout(timer);
  await watcher.close();
  for (const client of clients) client.end();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await browser?.close();
  process.stdout.write("Vorschau beendet.\n");
  return 0;
}

/** Listens on 127.0.0.1 only; a taken port moves on to the next free one and says so. */
async function listen(server: Server, port: number): Promise<string> {
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
    process.stdout.write(`Port ${candidate} ist belegt, versuche ${candidate + 1} …\n`);
  }
  throw new ProblemError([{ datei: "--port", feld: [], meldung: `Kein freier Port ab ${port} gefunden. Einen anderen wählen, z. B. --port 8080.` }]);
}
