import { verifyEditions } from "../archive/verify-editions.js";
import type { Command } from "./options.js";
import { reportProblems } from "./report.js";

/** verify: every checksum of the editions and their bags; any difference is exit code 1. */
export async function verify({ years, outDir }: Extract<Command, { name: "verify" }>): Promise<number> {
  const { checked, problems } = await verifyEditions(outDir, years);
  if (problems.length > 0) {
    reportProblems(problems, { ending: "", heading: "beim Prüfen der Prüfsummen" });
    return 1;
  }
  process.stdout.write(`Prüfsummen in Ordnung: ${checked.join(", ") || "keine Ausgaben"}.\n`);
  return 0;
}
