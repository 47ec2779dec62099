import { shown } from "../load/read-edition-sources.js";
import { templatesDir as shippedTemplates } from "../paths.js";
import { servePreview } from "../preview/server.js";
import { openPrinter } from "../print/printer.js";
import type { Command } from "./options.js";

/** preview: serves the editions on this machine until Ctrl-C, which may come while it starts. */
export async function preview({ years, dataDir, templatesDir, port, strict }: Extract<Command, { name: "preview" }>): Promise<number> {
  const templates = templatesDir ?? shippedTemplates;
  // A warm browser for the whole session; two tabs print an edition's two documents side by side.
  const printer = openPrinter(2);
  const stopped = new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  const serving = servePreview({ years, dataDir, templatesDir: templates, strict, port }, printer, (line) => process.stdout.write(`${line}\n`));
  try {
    const started = await Promise.race([serving, stopped]);
    if (started) {
      process.stdout.write(`Vorschau läuft: ${started.address} (Daten: ${shown(dataDir) || "."}, Vorlagen: ${shown(templates)}). Beenden mit Strg+C.\n`);
      await stopped;
    }
  } finally {
    // Chromium first: a run under way then ends at once instead of printing on.
    await printer.close();
    await (await serving.catch(() => undefined))?.close();
  }
  process.stdout.write("Vorschau beendet.\n");
  return 0;
}
