import { resolve } from "node:path";
import { parseArgs } from "node:util";

export type Command =
  | { name: "help" }
  | { name: "version" }
  | {
      name: "build";
      years: number[];
      dataDirs: string[];
      outDir: string;
      templatesDir: string | undefined;
      strict: boolean;
      neuAuflage: boolean;
      force: boolean;
      parallel: number | undefined;
    }
  | { name: "check"; years: number[]; dataDir: string; templatesDir: string | undefined; strict: boolean }
  | { name: "archive"; jahr: number; dataDir: string; outDir: string; templatesDir: string | undefined }
  | { name: "verify"; years: number[]; outDir: string }
  | { name: "preview"; years: number[]; dataDir: string; templatesDir: string | undefined; port: number }
  | { name: "import"; csvFile: string; jahr: number; dataDir: string; force: boolean; veroeffentlichung: string | undefined; endgueltig: boolean };

export class UsageError extends Error {}

/** The preview's port when none is given. */
export const DEFAULT_PORT = 4518;

export const HELP = `pressemappe – Pressemitteilung und Faktenblatt aus der Jahresstatistik des Jobcenters

Aufruf:
  pressemappe build [JAHR …] [--data ORDNER …] [--out ORDNER] [--templates ORDNER] [--strict]
                    [--force] [--parallel N] [--neu-auflage]
      Prüft die Daten und schreibt je Jahr nach <out>/<jahr>/:
      pressemitteilung.html, pressemitteilung.pdf, faktenblatt.html, faktenblatt.pdf.
      Ohne JAHR: alle Ausgaben im Datenordner. Unveränderte Ausgaben werden übersprungen
      (--force baut sie neu). Mehrere --data: je Ordner ein Unterordner in <out>.
  pressemappe check [JAHR …] [--data ORDNER] [--templates ORDNER] [--strict]
      Prüft Daten und Vorlagen wie build, schreibt aber nichts.
  pressemappe preview [JAHR …] [--data ORDNER] [--templates ORDNER] [--port N]
      Startet eine Vorschau auf http://127.0.0.1:4518/ (nur dieser Rechner): Pressemitteilung
      und Faktenblatt als HTML und PDF, neu bei jedem Speichern von Daten oder Vorlagen.
      Fehler erscheinen über dem letzten fehlerfreien Stand. Ein belegter Port: der nächste freie.
  pressemappe archive JAHR [--data ORDNER] [--out ORDNER]
      Friert eine gebaute Ausgabe ein: BagIt-Beutel (RFC 8493) mit Dokumenten und Eingaben
      unter <out>/archiv/<jahr>/. Danach überschreibt build sie nicht mehr; mit
      build JAHR --neu-auflage entsteht eine neue Auflage daneben (<jahr>-auflage-2, …).
  pressemappe verify [JAHR …] [--out ORDNER]
      Prüft alle Prüfsummen der Ausgaben und ihrer Archiv-Beutel: veränderte, fehlende
      oder zusätzliche Dateien ergeben Rückgabewert 1.
  pressemappe import DATEI.csv --jahr JAHR [--data ORDNER] [--veroeffentlichung JJJJ-MM-TT]
                     [--endgueltig] [--force]
      Übernimmt die Zahlen einer CSV-Tabelle (Spalten Kennzahl; Zeitraum; Wert) nach
      <data>/<jahr>.yaml. Eine neue Ausgabe übernimmt Jobcenter und Quelle aus der letzten;
      ihre Zahlen gelten als vorläufig, bis --endgueltig angegeben ist. --force ersetzt die
      Zahlen einer bestehenden Ausgabe und lässt ihre Texte stehen.

Optionen:
  --data ORDNER   Datenordner mit herausgeber.yaml und <jahr>.yaml (Standard: data)
  --out ORDNER    Ausgabeordner (Standard: output)
  --templates ORDNER
                  eigene Vorlagen statt der mitgelieferten (Standard: templates)
  --strict        Warnungen (auffällige, aber mögliche Zahlen) gelten als Fehler
  --neu-auflage   (build) archivierte Ausgabe nicht ersetzen, neue Auflage daneben schreiben
  --force         (build) auch unveränderte Ausgaben neu bauen; (import) bestehende ersetzen
  --parallel N    (build) so viele Seiten druckt Chromium gleichzeitig (Standard: 2 je Kern, 2–8)
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
        data: { type: "string", multiple: true },
        out: { type: "string", default: "output" },
        templates: { type: "string" },
        strict: { type: "boolean", default: false },
        "neu-auflage": { type: "boolean", default: false },
        parallel: { type: "string" },
        port: { type: "string" },
        jahr: { type: "string" },
        force: { type: "boolean", default: false },
        veroeffentlichung: { type: "string" },
        endgueltig: { type: "boolean", default: false },
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
  if (name === "import") return importCommand(rest, values);
  const onlyForImport = ["jahr", "veroeffentlichung", "endgueltig"].find((option) => values[option as keyof typeof values] !== undefined && values[option as keyof typeof values] !== false);
  if (onlyForImport) throw new UsageError(`--${onlyForImport} gehört zu „import“.`);
  const years = rest.map(parseYear);
  const templatesDir = values.templates === undefined ? undefined : resolve(values.templates);
  const { strict } = values;
  const dataDirs = values.data ?? ["data"];
  if (dataDirs.length > 1 && name !== "build") throw new UsageError("Mehrere --data-Ordner kann nur „build“ verarbeiten.");
  const dataDir = dataDirs[0] ?? "data";
  if (name === "archive") {
    if (years.length !== 1) throw new UsageError("„archive“ braucht genau ein Berichtsjahr, z. B. pressemappe archive 2018.");
    return { name, jahr: years[0] as number, dataDir, outDir: values.out, templatesDir };
  }
  if (name === "verify") return { name, years, outDir: values.out };
  if (name === "preview") {
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError("--port erwartet eine Portnummer von 0 bis 65535.");
    return { name, years, dataDir, templatesDir, port };
  }
  if (name === "build") {
    const parallel = values.parallel === undefined ? undefined : Number(values.parallel);
    if (parallel !== undefined && !(Number.isInteger(parallel) && parallel >= 1 && parallel <= 32)) throw new UsageError("--parallel erwartet eine ganze Zahl von 1 bis 32.");
    return { name, years, dataDirs, outDir: values.out, templatesDir, strict, neuAuflage: values["neu-auflage"], force: values.force, parallel };
  }
  if (name === "check") {
    if (argv.some((arg) => arg === "--out" || arg.startsWith("--out="))) throw new UsageError("„check“ schreibt nichts und kennt daher kein --out.");
    return { name, years, dataDir, templatesDir, strict };
  }
  throw new UsageError(`Unbekannter Befehl „${name}“. Bekannt sind: build, check, preview, import, archive, verify.`);
}

function importCommand(
  rest: string[],
  values: { data?: string[]; jahr?: string; force: boolean; veroeffentlichung?: string; endgueltig: boolean },
): Command {
  const [csvFile, ...extra] = rest;
  if (csvFile === undefined) throw new UsageError("„import“ braucht eine CSV-Datei, z. B. pressemappe import zahlen.csv --jahr 2019.");
  if (extra.length > 0) throw new UsageError(`„import“ liest genau eine Datei; zu viel: ${extra.join(" ")}.`);
  if (values.jahr === undefined) throw new UsageError("„import“ braucht --jahr, das Berichtsjahr der Zahlen, z. B. --jahr 2019.");
  const { veroeffentlichung } = values;
  if (veroeffentlichung !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(veroeffentlichung)) {
    throw new UsageError(`--veroeffentlichung erwartet ein Datum wie 2020-01-14, nicht „${veroeffentlichung}“.`);
  }
  if ((values.data?.length ?? 0) > 1) throw new UsageError("„import“ schreibt in genau einen Datenordner.");
  return { name: "import", csvFile, jahr: parseYear(values.jahr), dataDir: values.data?.[0] ?? "data", force: values.force, veroeffentlichung, endgueltig: values.endgueltig };
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
