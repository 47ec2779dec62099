import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
/** The Node flags on the command's #! line, which the installed `pressemappe` starts with. */
export const nodeFlags = /^#!.*\bnode\b(.*)$/.exec(readFileSync(main, "utf8").split("\n", 1)[0] ?? "")?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built command line (npm test builds it first) as a user would; `main` runs another copy of it. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; main?: string } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...nodeFlags, options.main ?? main, ...args], { cwd: options.cwd, env: options.env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
