#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";
import { ProblemError } from "../problem.js";
import { HELP, parseCommand, UsageError } from "./args.js";
import { reportProblems } from "./report.js";

async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case "help":
        process.stdout.write(`${HELP}\n`);
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
      case "import":
        return await (await import("./import.js")).importCsv(command);
      case "build":
        // Loaded on demand: help and check start without Puppeteer.
        return await (await import("./build.js")).build(command);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nHilfe: pressemappe --help\n`);
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

process.exitCode = await main(process.argv.slice(2));
