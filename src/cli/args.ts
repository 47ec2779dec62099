import { resolve } from "node:path";
import { parseArgs } from "node:util";

export type Command =
  | { name: "help" }
  | { name: "version" }
  | { name: "build"; years: number[]; dataDir: string; outDir: string; templatesDir: string | undefined }
  | { name: "check"; years: number[]; dataDir: string; templatesDir: string | undefined };

export class UsageError extends Error {}

export const HELP = `pressemappe – Pressemitteilung und Faktenblatt aus der Jahresstatistik des Jobcenters

Aufruf:
  pressemappe build [JAHR …] [--data ORDNER] [--out ORDNER] [--templates ORDNER]
      Prüft die Daten und schreibt je Jahr nach <out>/<jahr>/:
      pressemitteilung.html, pressemitteilung.pdf, faktenblatt.html, faktenblatt.pdf.
      Ohne JAHR: alle Ausgaben im Datenordner.
  pressemappe check [JAHR …] [--data ORDNER] [--templates ORDNER]
      Prüft Daten und Vorlagen wie build, schreibt aber nichts.

Optionen:
  --data ORDNER   Datenordner mit herausgeber.yaml und <jahr>.yaml (Standard: data)
  --out ORDNER    Ausgabeordner (Standard: output)
  --templates ORDNER
                  eigene Vorlagen statt der mitgelieferten (Standard: templates)
  -h, --help      diese Hilfe
  --version       Versionsnummer

Rückgabewert: 0 erfolgreich, 1 Daten ungültig oder Erstellung fehlgeschlagen, 2 falscher Aufruf.`;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: "string", default: "data" },
        out: { type: "string", default: "output" },
        templates: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  const [name, ...rest] = positionals;
  if (name === undefined || name === "help") return { name: "help" };
  const years = rest.map(parseYear);
  const templatesDir = values.templates === undefined ? undefined : resolve(values.templates);
  if (name === "build") return { name, years, dataDir: values.data, outDir: values.out, templatesDir };
  if (name === "check") {
    if (argv.some((arg) => arg === "--out" || arg.startsWith("--out="))) throw new UsageError("„check“ schreibt nichts und kennt daher kein --out.");
    return { name, years, dataDir: values.data, templatesDir };
  }
  throw new UsageError(`Unbekannter Befehl „${name}“. Bekannt sind: build, check.`);
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError(`„${text}“ ist kein Berichtsjahr; erwartet wird eine vierstellige Jahreszahl wie 2018.`);
  return Number(text);
}

function usageMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Unbekannte Option „${option}“.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `Die Option „${option.split(" ")[0]}“ braucht einen Wert, z. B. --data data.`;
  return "Der Aufruf ist ungültig.";
}
