import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Browser, ConnectionTransport } from "puppeteer";
import { packageRoot } from "../paths.js";
import { createProfile, removeProfile } from "./chromium-profile.js";

/** Flags for a closed network and a root user; without them Chromium keeps calling home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * What puppeteer.launch() adds for headless Chrome (puppeteer.defaultArgs, Puppeteer 24), among
 * them the switches for tagged PDF and bookmarks. A test compares this list with Puppeteer's.
 */
export const PUPPETEER_DEFAULT_ARGS = [
  "--allow-pre-commit-input",
  "--disable-background-networking",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-breakpad",
  "--disable-client-side-phishing-detection",
  "--disable-component-extensions-with-background-pages",
  "--disable-crash-reporter",
  "--disable-default-apps",
  "--disable-dev-shm-usage",
  "--disable-hang-monitor",
  "--disable-infobars",
  "--disable-ipc-flooding-protection",
  "--disable-popup-blocking",
  "--disable-prompt-on-repost",
  "--disable-renderer-backgrounding",
  "--disable-search-engine-choice-screen",
  "--disable-sync",
  "--enable-automation",
  "--export-tagged-pdf",
  "--force-color-profile=srgb",
  "--generate-pdf-document-outline",
  "--metrics-recording-only",
  "--no-first-run",
  "--password-store=basic",
  "--use-mock-keychain",
  "--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes",
  "--enable-features=PdfOopif",
  "--headless=new",
  "--hide-scrollbars",
  "--mute-audio",
  "--disable-extensions",
];

export interface BrowserStart {
  /** The browser, once Chromium has started and Puppeteer is connected. */
  ready: Promise<Browser>;
  /** Ends Chromium at once, started or still starting; nothing is left running or on disk. */
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
type Puppeteer = typeof import("puppeteer").default;

/**
 * Starts the one browser of a build. Chromium is spawned first and Puppeteer (a quarter of a second
 * to load) is connected to it afterwards, so both start up side by side; with the system Chromium
 * found by .puppeteerrc.cjs the spawn needs no Puppeteer at all.
 *
 * Closing kills the whole process group instead of asking Chromium to shut down: it holds nothing
 * worth saving, the graceful way cost 0.1 s per build, and a launch still under way (bad data found
 * meanwhile) is cut short instead of awaited.
 */
export function startBrowser(): BrowserStart {
  const config = require(join(packageRoot, ".puppeteerrc.cjs")) as { executablePath?: string };
  const profile = createProfile();
  let child: ChildProcess | undefined;
  let closed = false;
  const started = (async () => {
    const executable = config.executablePath ?? (require("puppeteer") as Puppeteer).executablePath();
    if (closed) throw new Error("abgebrochen");
    child = spawn(executable, [...PUPPETEER_DEFAULT_ARGS, ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, "--remote-debugging-pipe", "about:blank"], {
      // Its own process group, so that closing reaches every Chromium process; the build handles
      // Ctrl-C itself to release its lock as well.
      detached: true,
      stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
      // Chromium writes crash-report settings and a dconf cache into the user's home even with a
      // profile of its own; pointed into the profile, they go when it goes. (TMPDIR stays: the
      // singleton socket's path must stay short.)
      env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: join(profile, "config"), XDG_CACHE_HOME: join(profile, "cache") },

    });
    return child;
  })();
  const exited = started.then(
    (chromium) =>
      new Promise<void>((resolve) => {
        if (chromium.exitCode !== null || chromium.signalCode !== null) resolve();
        chromium.once("exit", () => resolve()).once("error", () => resolve());
      }),
  );
  const ready = started.then((chromium) => connect(chromium)).catch((error: unknown) => {
    throw new Error(
      `Der Browser für den PDF-Druck ließ sich nicht starten (${error instanceof Error ? error.message.split("\n")[0] : error}). ` +
        "Auf Debian/Ubuntu: apt-get install chromium; oder PUPPETEER_EXECUTABLE_PATH auf einen Chrome/Chromium setzen.",
    );
  });
  ready.catch(() => undefined);
  exited.catch(() => undefined);
  return {
    ready,
    async close() {
      if (closed) return;
      closed = true;
      if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
      // Bounded: a preview stopped by Ctrl-C just as Chromium came up once waited here for ever
      // under load (its profile left behind). The process group is killed either way.
      await settled((await ready.catch(() => undefined))?.disconnect(), CLOSE_WAIT_MS);
      if (child) await settled(exited, CLOSE_WAIT_MS);
      removeProfile(profile);
    },
  };
}

const CLOSE_WAIT_MS = 2000;

/** Waits for `promise` to settle, at most `ms`; its outcome does not matter. */
async function settled(promise: Promise<unknown> | undefined, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([promise?.catch(() => undefined), timeout]);
  clearTimeout(timer);
}

async function connect(child: ChildProcess): Promise<Browser> {
  const log: string[] = [];
  child.stderr?.on("data", (chunk: Buffer) => log.push(String(chunk)) > 20 && log.shift());
  const failed = new Promise<never>((_, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => reject(new Error(`Chromium endete beim Start (${signal ?? `Code ${code}`}): ${log.join("").trim().split("\n").at(-1) ?? ""}`)));
  });
  failed.catch(() => undefined);
  const puppeteer = require("puppeteer") as Puppeteer;
  const [write, read] = [child.stdio[3] as Writable, child.stdio[4] as Readable];
  return Promise.race([puppeteer.connect({ transport: pipeTransport(write, read), defaultViewport: { width: 800, height: 600 } }), failed]);
}

/** Chrome's remote-debugging pipe: JSON messages, each ended by a NUL byte. */
function pipeTransport(write: Writable, read: Readable): ConnectionTransport {
  let pending = "";
  const transport: ConnectionTransport = {
    send: (message) => void write.write(`${message}\0`),
    close: () => {
      write.destroy();
      read.destroy();
    },
  };
  read.setEncoding("utf8");
  read.on("data", (chunk: string) => {
    const messages = (pending + chunk).split("\0");
    pending = messages.pop() ?? "";
    for (const message of messages) transport.onmessage?.(message);
  });
  read.on("close", () => transport.onclose?.());
  write.on("error", () => undefined);
  return transport;
}
