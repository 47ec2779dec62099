import { parseArgs } from "node:util";

export type Command =
  | { name: "help" }
  | { name: "version" }
  | { name: "build"; years: number[]; dataDir: string; outDir: string }
  | { name: "check"; years: number[]; dataDir: string };

export class UsageError extends Error {}

export const HELP = `pressemappe – Pressemitteilung und Faktenblatt aus der Jahresstatistik des Jobcenters

Aufruf:
  pressemappe build [JAHR …] [--data ORDNER] [--out ORDNER]
      Prüft die Daten und schreibt je Jahr nach <out>/<jahr>/:
      pressemitteilung.html, pressemitteilung.pdf, faktenblatt.html, faktenblatt.pdf.
      Ohne JAHR: alle Ausgaben im Datenordner.
  pressemappe check [JAHR …] [--data ORDNER]
      Prüft die Daten nur und schreibt nichts.

Optionen:
  --data ORDNER   Datenordner mit herausgeber.yaml und <jahr>.yaml (Standard: data)
  --out ORDNER    Ausgabeordner (Standard: output)
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
  if (name === "build") return { name, years, dataDir: values.data, outDir: values.out };
  if (name === "check") {
    if (argv.some((arg) => arg === "--out" || arg.startsWith("--out="))) throw new UsageError("„check“ schreibt nichts und kennt daher kein --out.");
    return { name, years, dataDir: values.data };
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
