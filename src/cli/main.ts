#!/usr/bin/env -S node --max-semi-space-size=8 --heap-growing-percent=50
// Node's peak memory in a long build is mostly garbage V8 has not yet collected: its young
// generation grows to 2 × 16 MB, and the old one to up to four times what is live before a full
// collection. With these caps the peak over 100 editions fell from about 200 MB to about 135 MB,
// at no measurable cost in speed (--optimize-for-size cost a fifth more CPU).
// env -S splits the flags on Linux and macOS; npm's command shims read them too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";
import { ProblemError } from "../problem.js";
import { helpText, parseCommand, UsageError } from "./options.js";
import { reportProblems } from "./report.js";

/**
 * A reader that stops early (`pressemappe build | head -2`) closes the pipe. Writing to it then fails
 * with EPIPE, which would end the process mid-run; instead the run finishes with nothing more said,
 * so no lock, half-filed folder or Chromium profile is left behind.
 */
function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      stream.write = (() => true) as typeof stream.write;
    });
  }
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case "help":
        process.stdout.write(`${helpText(command.topic)}\n`);
        return 0;
      case "version":
        process.stdout.write(`${(JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string }).version}\n`);
        return 0;
      case "check":
        return await (await import("./check.js")).check(command);
      case "preview":
        return await (await import("./preview.js")).preview(command);
      case "archive":
        return await (await import("./archive.js")).archive(command);
      case "verify":
        return await (await import("./verify.js")).verify(command);
      case "neu":
        return await (await import("./neu.js")).neu(command);
      case "import":
        return await (await import("./import.js")).importCsv(command);
      case "build":
        // Loaded on demand: help, verify, neu and import start without Puppeteer.
        return await (await import("./build.js")).build(command);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nHilfe: pressemappe ${error.command === undefined ? "" : `${error.command} `}--help\n`);
      return 2;
    }
    if (error instanceof ProblemError) {
      reportProblems(error.problems);
      return 1;
    }
    process.stderr.write(`Fehler: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

ignoreClosedPipes();
process.exitCode = await main(process.argv.slice(2));
