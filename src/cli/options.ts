import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";

// Each command declares its own options, as commander does; the shared ones are declared once
// below and added to the commands that take them. Parsing and help both read these tables, so
// a command's help lists exactly the options it accepts. Node built-ins only: `--help` starts fast.

export type CommandName = "build" | "check" | "preview" | "neu" | "import" | "archive" | "verify";

export type Command =
  | { name: "help"; topic?: CommandName }
  | { name: "version" }
  | {
      name: "build";
      years: number[];
      dataDirs: string[];
      outDir: string;
      templatesDir: string | undefined;
      strict: boolean;
      newRevision: boolean;
      force: boolean;
      parallel: number | undefined;
    }
  | { name: "check"; years: number[]; dataDir: string; templatesDir: string | undefined; strict: boolean }
  | { name: "archive"; year: number; dataDir: string; outDir: string; templatesDir: string | undefined }
  | { name: "verify"; years: number[]; outDir: string }
  | { name: "preview"; years: number[]; dataDir: string; templatesDir: string | undefined; port: number; strict: boolean }
  | { name: "neu"; year: number; dataDir: string }
  | { name: "import"; csvFile: string; year: number; dataDir: string; force: boolean; veroeffentlichung: string | undefined; stand: string | undefined; endgueltig: boolean };

/** A wrong call (exit code 2); `command` names the command whose help the hint points to. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** The preview's port when none is given. */
export const DEFAULT_PORT = 4518;

interface OptionSpec {
  /** The long name without its dashes. */
  readonly name: string;
  readonly short?: string;
  /** Placeholder for the value in usage and help; an option without one is a flag. */
  readonly value?: string;
  /** May be given several times; every value counts. */
  readonly multiple?: boolean;
  /** Shown without brackets in the usage line; the check itself is the command's. */
  readonly required?: boolean;
  /** Used when the option is missing, and shown in the help as „Standard: …“. */
  readonly default?: string;
  /** Shown as „Standard: …“ where the default is not a plain value. */
  readonly defaultText?: string;
  /** The value in „braucht einen Wert, z. B. --data data“. */
  readonly example?: string;
  /** For a single value given twice: this refusal. Without it the last one counts. */
  readonly once?: string;
  /** One line, German. */
  readonly description: string;
}

interface CommandSpec {
  readonly name: CommandName;
  /** The positional arguments as the usage line shows them. */
  readonly arguments: string;
  /** One line for the overall help. */
  readonly summary: string;
  /** What the command does, as lines of the command's help. */
  readonly description: readonly string[];
  readonly options: readonly OptionSpec[];
  /** Command line, then what it does. */
  readonly examples: readonly (readonly [string, string])[];
}

const PROGRAM = "pressemappe";
const WIDTH = 100;
const EXIT_CODES = "Rückgabewert: 0 erfolgreich, 1 Daten ungültig oder Erstellung fehlgeschlagen, 2 falscher Aufruf.";

// The shared options.
const data: OptionSpec = { name: "data", value: "ORDNER", default: "data", example: "data", description: "Datenordner mit herausgeber.yaml und <jahr>.yaml" };
const oneDataFolder: OptionSpec = { ...data, once: "Mehrere --data-Ordner kann nur „build“ verarbeiten." };
const out: OptionSpec = { name: "out", value: "ORDNER", default: "output", example: "output", description: "Ausgabeordner" };
const templates: OptionSpec = { name: "templates", value: "ORDNER", example: "vorlagen", description: "eigene Vorlagen statt der mitgelieferten (Ordner templates)" };
const strict: OptionSpec = { name: "strict", description: "Warnungen (auffällige, aber mögliche Zahlen) gelten als Fehler" };
const help: OptionSpec = { name: "help", short: "h", description: "diese Hilfe" };

/** Like commander's `.command()`: every command also takes -h/--help. */
function command(spec: CommandSpec): CommandSpec {
  return { ...spec, options: [...spec.options, help] };
}

const COMMANDS: readonly CommandSpec[] = [
  command({
    name: "build",
    arguments: "[JAHR …]",
    summary: "Prüft die Daten und schreibt Pressemitteilung und Faktenblatt je Jahr als HTML und PDF.",
    description: [
      "Prüft die Daten und schreibt je Jahr nach <out>/<jahr>/: pressemitteilung.html, .pdf und",
      ".txt (für die E-Mail), faktenblatt.html und .pdf, herkunft.json und manifest-sha256.txt.",
      "Ohne JAHR: alle Ausgaben im Datenordner. Unveränderte Ausgaben werden übersprungen",
      "(--force baut sie neu). Mehrere --data: je Ordner ein Unterordner in <out>.",
      "Archivierte Ausgaben (pressemappe archive) überschreibt build nie: Ohne JAHR lässt es sie",
      "aus und sagt, ob sich ihre Daten oder Vorlagen seit der letzten Auflage geändert haben;",
      "ein ausdrücklich genanntes archiviertes JAHR lehnt es ab. Mit --neu-auflage entsteht daneben",
      "eine neue Auflage (<jahr>-auflage-2, …), aber nur, wenn sich Daten oder Vorlagen geändert haben.",
    ],
    options: [
      { ...data, multiple: true, description: "Datenordner mit herausgeber.yaml und <jahr>.yaml; mehrmals angeben: je Ordner ein Unterordner in <out>" },
      out,
      templates,
      strict,
      { name: "force", description: "auch unveränderte Ausgaben neu bauen; mit --neu-auflage auch eine Auflage aus unveränderten Eingaben" },
      { name: "parallel", value: "N", example: "4", defaultText: "2 je Kern, 2–8", description: "so viele Seiten druckt Chromium zugleich, 1 bis 32" },
      { name: "neu-auflage", description: "archivierte Ausgabe nicht ersetzen, eine neue Auflage daneben schreiben, wenn sich Daten oder Vorlagen geändert haben" },
    ],
    examples: [
      ["pressemappe build 2019", "schreibt die Ausgabe 2019 nach output/2019/"],
      ["pressemappe build --data data --data nachbarkreis --out output", "baut beide Datenordner, je in einen Unterordner von output/"],
      ["pressemappe build 2018 --neu-auflage", "schreibt neben die archivierte Ausgabe 2018 eine neue Auflage, wenn ihre Daten oder Vorlagen geändert wurden"],
    ],
  }),
  command({
    name: "check",
    arguments: "[JAHR …]",
    summary: "Prüft Daten und Vorlagen wie build, schreibt aber nichts.",
    description: [
      "Prüft Daten und Vorlagen genau wie build – auch, ob das Faktenblatt auf eine Seite passt –,",
      "schreibt aber nichts. Dafür setzt Chromium die Dokumente; das dauert einige Sekunden.",
      "Ohne JAHR: alle Ausgaben im Datenordner.",
    ],
    options: [oneDataFolder, templates, strict],
    examples: [
      ["pressemappe check 2019", "prüft data/2019.yaml mit den mitgelieferten Vorlagen"],
      ["pressemappe check --strict --templates vorlagen", "prüft alle Ausgaben mit eigenen Vorlagen; auch Warnungen sind Fehler"],
    ],
  }),
  command({
    name: "preview",
    arguments: "[JAHR …]",
    summary: "Startet eine Vorschau im Browser, neu bei jedem Speichern von Daten oder Vorlagen.",
    description: [
      `Startet eine Vorschau auf http://127.0.0.1:${DEFAULT_PORT}/ (nur dieser Rechner): Pressemitteilung`,
      "und Faktenblatt als HTML und PDF, neu bei jedem Speichern von Daten oder Vorlagen, geprüft",
      "und gedruckt wie bei build. Fehler – auch ein Faktenblatt über eine Seite – erscheinen über",
      "dem letzten fehlerfreien Stand, Warnungen unter dem aktuellen. Ein belegter Port: der nächste",
      "freie. Ohne JAHR: alle Ausgaben im Datenordner. Beenden mit Strg+C.",
    ],
    options: [
      oneDataFolder,
      templates,
      { name: "port", value: "N", default: String(DEFAULT_PORT), example: "8080", description: "Port der Vorschau, 0 bis 65535; 0 nimmt irgendeinen freien" },
      { ...strict, description: "Warnungen gelten als Fehler; sie erscheinen in der Vorschau über dem letzten fehlerfreien Stand" },
    ],
    examples: [
      ["pressemappe preview 2019", `zeigt die Ausgabe 2019 auf http://127.0.0.1:${DEFAULT_PORT}/`],
      ["pressemappe preview --templates vorlagen --port 8080", "zeigt alle Ausgaben mit eigenen Vorlagen auf Port 8080"],
    ],
  }),
  command({
    name: "neu",
    arguments: "JAHR",
    summary: "Legt <data>/<jahr>.yaml aus der neuesten früheren Ausgabe an, mit Lücken (???) für das Neue.",
    description: [
      "Legt <data>/<jahr>.yaml aus der neuesten früheren Ausgabe an, Kommentare und Reihenfolge",
      "bleiben. Was für das neue Jahr einzutragen ist, steht als ??? da: die Werte des Jahres in",
      "jeder Reihe, die Anzahlen der Zeiträume (die bis zum Jahr reichen), Veröffentlichung,",
      "Sperrfrist, Nummer, Stand und Status der Quelle. Zitate und Absätze sind leer, eine eigene",
      "Schlagzeile entfällt. check und build lehnen die Datei ab, bis jedes ??? ersetzt ist.",
      "Eine vorhandene Datei wird nie überschrieben.",
    ],
    options: [{ ...data, once: "„neu“ schreibt in genau einen Datenordner." }],
    examples: [
      ["pressemappe neu 2019", "legt data/2019.yaml aus data/2018.yaml an"],
      ["pressemappe neu 2020 --data nachbarkreis", "legt nachbarkreis/2020.yaml aus der neuesten früheren Ausgabe dort an"],
    ],
  }),
  command({
    name: "import",
    arguments: "DATEI.csv",
    summary: "Übernimmt die Zahlen einer CSV-Tabelle nach <data>/<jahr>.yaml.",
    description: [
      "Übernimmt die Zahlen einer CSV-Tabelle (Spalten Kennzahl; Zeitraum; Wert) nach",
      "<data>/<jahr>.yaml. Eine neue Ausgabe entsteht wie mit „neu“ aus der letzten, mit den",
      "Zahlen der Tabelle; was sonst neu ist, steht als ??? da. Ihre Zahlen gelten als",
      "vorläufig, bis --endgueltig angegeben ist. --force ersetzt die Zahlen einer bestehenden",
      "Ausgabe und lässt ihre Texte stehen. Datum und Stand kommen nie von der Uhr: in einer",
      "neuen Ausgabe bleiben sie ohne --veroeffentlichung und --stand ???; mit --force machen",
      "geänderte Zahlen ohne --stand den Stand zu ???. Weicht ein früheres Jahr der Tabelle",
      "von der Datei jenes Jahres ab, nennt eine Warnung beide Werte; übernommen wird der aus",
      "der Tabelle, als berichtigter Wert.",
    ],
    options: [
      { name: "jahr", value: "JAHR", required: true, example: "2019", description: "Berichtsjahr der Zahlen (Pflicht)" },
      { ...data, once: "„import“ schreibt in genau einen Datenordner." },
      { name: "veroeffentlichung", value: "JJJJ-MM-TT", example: "2020-01-14", description: "Tag der Veröffentlichung" },
      { name: "stand", value: "JJJJ-MM-TT", example: "2020-01-10", description: "Stand der Zahlen (quelle.stand)" },
      { name: "endgueltig", description: "die Zahlen sind endgültig, nicht mehr vorläufig" },
      { name: "force", description: "eine bestehende Ausgabe: ihre Zahlen ersetzen, Texte, Zitate und Kommentare bleiben" },
    ],
    examples: [
      ["pressemappe import zahlen-2019.csv --jahr 2019 --stand 2020-01-10", "legt data/2019.yaml mit vorläufigen Zahlen an, Stand 10. Januar 2020"],
      ["pressemappe import zahlen-2019.csv --jahr 2019 --stand 2020-03-31 --endgueltig --force", "ersetzt sie später durch die endgültigen Zahlen"],
    ],
  }),
  command({
    name: "archive",
    arguments: "JAHR",
    summary: "Friert eine gebaute Ausgabe als BagIt-Beutel unter <out>/archiv/<jahr>/ ein.",
    description: [
      "Friert eine gebaute Ausgabe ein: BagIt-Beutel (RFC 8493) mit Dokumenten und Eingaben",
      "unter <out>/archiv/<jahr>/. Bricht ab, wenn Daten oder Vorlagen seit dem Bau geändert",
      "wurden: erst neu bauen. Danach überschreibt build sie nicht mehr; mit",
      "build JAHR --neu-auflage entsteht eine neue Auflage daneben (<jahr>-auflage-2, …),",
      "sobald sich ihre Daten oder Vorlagen geändert haben.",
    ],
    options: [oneDataFolder, out, { ...templates, description: "der Vorlagenordner, mit dem gebaut wurde (Vergleich mit den Eingaben der Ausgabe, Übersichtsseite)" }],
    examples: [["pressemappe archive 2018", "friert output/2018/ nach output/archiv/2018/ ein"]],
  }),
  command({
    name: "verify",
    arguments: "[JAHR …]",
    summary: "Prüft die Prüfsummen der Ausgaben und ihrer Archiv-Beutel.",
    description: [
      "Prüft alle Prüfsummen der Ausgaben und ihrer Archiv-Beutel: veränderte, fehlende",
      "oder zusätzliche Dateien ergeben Rückgabewert 1. Ohne JAHR: alle Ausgaben in <out>.",
    ],
    options: [out],
    examples: [
      ["pressemappe verify", "prüft alle Ausgaben und Beutel in output/"],
      ["pressemappe verify 2018 --out ablage", "prüft nur ablage/2018/ und ablage/archiv/2018/"],
    ],
  }),
];

/** What `pressemappe` takes without a command. */
const GLOBAL_OPTIONS: readonly OptionSpec[] = [help, { name: "version", description: "Versionsnummer" }];
/** What `pressemappe help` takes. */
const HELP_OPTIONS: readonly OptionSpec[] = [help];

const specOf = (name: string): CommandSpec | undefined => COMMANDS.find((spec) => spec.name === name);
const flagOf = (option: OptionSpec) => `--${option.name}`;

export function parseCommand(argv: readonly string[]): Command {
  const at = commandIndex(argv);
  if (at === undefined) return parseGlobal(argv);
  const name = argv[at] as string;
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (name === "help") return parseHelp(rest);
  const spec = specOf(name);
  if (spec === undefined) throw unknownCommand(name);
  // A command's --help wins over anything else wrong on the line: who asks for help gets it.
  if (asksForHelp(rest)) return { name: "help", topic: spec.name };
  try {
    return parseFor(spec, rest);
  } catch (error) {
    if (error instanceof UsageError && error.command === undefined) throw new UsageError(error.message, spec.name);
    throw error;
  }
}

/** The overall help without a topic, else the command's. */
export function helpText(topic?: CommandName): string {
  const spec = topic === undefined ? undefined : specOf(topic);
  return spec === undefined ? globalHelp() : commandHelp(spec);
}

/**
 * Where the command stands: the first argument that is no option and no option's value. The
 * values of options that take one (under any command) are skipped, so `--data x check` works.
 */
function commandIndex(argv: readonly string[]): number | undefined {
  const takesValue = new Set(COMMANDS.flatMap((spec) => spec.options.filter((option) => option.value !== undefined).map(flagOf)));
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === "--") return index + 1 < argv.length ? index + 1 : undefined;
    if (!arg.startsWith("-") || arg === "-") return index;
    if (takesValue.has(arg)) index++;
  }
  return undefined;
}

function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

function parseGlobal(argv: readonly string[]): Command {
  const { values } = parseWith("", GLOBAL_OPTIONS, argv);
  if (values.help === true) return { name: "help" };
  if (values.version === true) return { name: "version" };
  return { name: "help" };
}

function parseHelp(args: readonly string[]): Command {
  const { values, positionals } = parseWith("help", HELP_OPTIONS, args);
  const [topic, ...extra] = positionals;
  if (values.help === true || topic === undefined || topic === "help") return { name: "help" };
  const spec = specOf(topic);
  if (spec === undefined) throw unknownCommand(topic);
  if (extra.length > 0) throw new UsageError(`„help“ erklärt einen Befehl; zu viel: ${extra.join(" ")}.`);
  return { name: "help", topic: spec.name };
}

function parseFor(spec: CommandSpec, args: readonly string[]): Command {
  const { values, positionals } = parseWith(spec.name, spec.options, args);
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === "string" ? value : undefined;
  };
  const texts = (name: string): string[] => {
    const value = values[name];
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : typeof value === "string" ? [value] : [];
  };
  const flag = (name: string): boolean => values[name] === true;
  const templatesDir = text("templates") === undefined ? undefined : resolve(text("templates") as string);
  const dataDir = text("data") ?? "data";
  const outDir = text("out") ?? "output";

  if (spec.name === "import") return importCommand(positionals, { year: text("jahr"), dataDir, force: flag("force"), veroeffentlichung: text("veroeffentlichung"), stand: text("stand"), endgueltig: flag("endgueltig") });
  const years = positionals.map(parseYear);
  switch (spec.name) {
    case "build": {
      const parallel = integer(text("parallel"), 1, 32, "--parallel erwartet eine ganze Zahl von 1 bis 32.");
      const dataDirs = texts("data");
      return { name: "build", years, dataDirs: dataDirs.length > 0 ? dataDirs : ["data"], outDir, templatesDir, strict: flag("strict"), newRevision: flag("neu-auflage"), force: flag("force"), parallel };
    }
    case "check":
      return { name: "check", years, dataDir, templatesDir, strict: flag("strict") };
    case "preview": {
      const port = integer(text("port"), 0, 65535, "--port erwartet eine Portnummer von 0 bis 65535.") ?? DEFAULT_PORT;
      return { name: "preview", years, dataDir, templatesDir, port, strict: flag("strict") };
    }
    case "neu":
      if (years.length !== 1) throw new UsageError("„neu“ braucht genau ein Berichtsjahr, z. B. pressemappe neu 2019.");
      return { name: "neu", year: years[0] as number, dataDir };
    case "archive":
      if (years.length !== 1) throw new UsageError("„archive“ braucht genau ein Berichtsjahr, z. B. pressemappe archive 2018.");
      return { name: "archive", year: years[0] as number, dataDir, outDir, templatesDir };
    case "verify":
      return { name: "verify", years, outDir };
  }
}

function importCommand(
  positionals: readonly string[],
  values: { year: string | undefined; dataDir: string; force: boolean; veroeffentlichung: string | undefined; stand: string | undefined; endgueltig: boolean },
): Command {
  const [csvFile, ...extra] = positionals;
  if (csvFile === undefined) throw new UsageError("„import“ braucht eine CSV-Datei, z. B. pressemappe import zahlen.csv --jahr 2019.");
  if (extra.length > 0) throw new UsageError(`„import“ liest genau eine Datei; zu viel: ${extra.join(" ")}.`);
  if (values.year === undefined) throw new UsageError("„import“ braucht --jahr, das Berichtsjahr der Zahlen, z. B. --jahr 2019.");
  const { veroeffentlichung, stand } = values;
  for (const [option, date, example] of [["veroeffentlichung", veroeffentlichung, "2020-01-14"], ["stand", stand, "2020-01-10"]] as const) {
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--${option} erwartet ein Datum wie ${example}, nicht „${date}“.`);
  }
  return { name: "import", csvFile, year: parseYear(values.year), dataDir: values.dataDir, force: values.force, veroeffentlichung, stand, endgueltig: values.endgueltig };
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError(`„${text}“ ist kein Berichtsjahr; erwartet wird eine vierstellige Jahreszahl wie 2018.`);
  return Number(text);
}

function integer(text: string | undefined, min: number, max: number, message: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!(Number.isInteger(value) && value >= min && value <= max)) throw new UsageError(message);
  return value;
}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** parseArgs, strict, with this table only; its errors become German usage errors. */
function parseWith(owner: string, table: readonly OptionSpec[], args: readonly string[]): { values: Values; positionals: string[] } {
  const options: ParseArgsConfig["options"] = Object.fromEntries(
    // parseArgs refuses properties set to undefined, so only those that apply.
    table.map((option) => [
      option.name,
      {
        type: option.value === undefined ? "boolean" : "string",
        ...(option.short === undefined ? {} : { short: option.short }),
        ...(option.multiple ? { multiple: true } : {}),
        ...(option.default === undefined ? {} : { default: option.multiple ? [option.default] : option.default }),
      },
    ]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(parseError(owner, table, options, args, error));
  }
  for (const option of table) {
    const given = parsed.tokens.filter((token) => token.kind === "option" && token.name === option.name).length;
    if (option.once !== undefined && given > 1) throw new UsageError(option.once);
  }
  return { values: parsed.values as Values, positionals: parsed.positionals };
}

/** Finds the offending option from the tokens (not from Node's English message) and explains it. */
function parseError(owner: string, table: readonly OptionSpec[], options: ParseArgsConfig["options"], args: readonly string[], error: unknown): string {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = table.find((candidate) => candidate.name === token.name);
    if (option === undefined) return unknownOption(owner, table, token.rawName);
    const flag = flagOf(option);
    if (option.value === undefined && token.value !== undefined) return `Die Option „${flag}“ nimmt keinen Wert.`;
    if (option.value !== undefined && (token.value === undefined || (!token.inlineValue && token.value.startsWith("-")))) {
      return `Die Option „${flag}“ braucht einen Wert, z. B. ${flag} ${option.example ?? option.value}.`;
    }
  }
  return `Der Aufruf ist ungültig (${error instanceof Error ? error.message.split("\n", 1)[0] : String(error)}).`;
}

function unknownOption(owner: string, table: readonly OptionSpec[], raw: string): string {
  const known = table.map(flagOf).join(", ");
  const owners = raw.startsWith("--") ? COMMANDS.filter((spec) => spec.options.some((option) => flagOf(option) === raw)).map((spec) => spec.name) : [];
  const global = GLOBAL_OPTIONS.some((option) => flagOf(option) === raw);
  if (owner === "") {
    if (owners.length > 0) return `Die Option „${raw}“ gehört zu einem Befehl (${owners.join(", ")}), z. B. pressemappe ${owners[0]} ${raw}.`;
    return `Unbekannte Option „${raw}“. Ohne Befehl kennt pressemappe: ${known}.`;
  }
  if (owners.length === 0 && !global) return `Unbekannte Option „${raw}“. „${owner}“ kennt: ${known}.`;
  const belongs = owners.length > 0 ? `${raw} gehört zu ${list(owners.map((name) => `„${name}“`))}.` : `${raw} steht ohne Befehl: pressemappe ${raw}.`;
  return `Die Option „${raw}“ gibt es für „${owner}“ nicht. „${owner}“ kennt: ${known}. ${belongs}`;
}

function unknownCommand(name: string): UsageError {
  return new UsageError(`Unbekannter Befehl „${name}“. Bekannt sind: ${COMMANDS.map((spec) => spec.name).join(", ")}.`);
}

const list = (items: readonly string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} und ${items.at(-1)}`);

// ---- Help, generated from the same tables ----

function globalHelp(): string {
  const lines = [`${PROGRAM} – Pressemitteilung und Faktenblatt aus der Jahresstatistik des Jobcenters`, "", "Aufruf:"];
  for (const spec of COMMANDS) lines.push(...usageLines(spec, "  "), `      ${spec.summary}`);
  lines.push(`  ${PROGRAM} help [BEFEHL]`, "      Hilfe, zu einem Befehl die ausführliche.", "", "Optionen ohne Befehl:", ...optionLines(GLOBAL_OPTIONS));
  lines.push("", `Hilfe zu einem Befehl: ${PROGRAM} help BEFEHL oder ${PROGRAM} BEFEHL --help`, EXIT_CODES);
  return lines.join("\n");
}

function commandHelp(spec: CommandSpec): string {
  return [
    `${PROGRAM} ${spec.name} – ${spec.summary}`,
    "",
    "Aufruf:",
    ...usageLines(spec, "  "),
    "",
    ...spec.description.map((line) => `  ${line}`),
    "",
    "Optionen:",
    ...optionLines(spec.options),
    "",
    spec.examples.length === 1 ? "Beispiel:" : "Beispiele:",
    ...spec.examples.flatMap(([call, effect]) => [`  ${call}`, `      ${effect}`]),
    "",
    EXIT_CODES,
  ].join("\n");
}

/** `pressemappe build [JAHR …] [--data ORDNER …] …`, wrapped under the first argument. */
function usageLines(spec: CommandSpec, indent: string): string[] {
  const parts = [
    ...(spec.arguments === "" ? [] : [spec.arguments]),
    ...spec.options
      .filter((option) => option !== help)
      .map((option) => {
        const text = [flagOf(option), option.value, option.multiple ? "…" : undefined].filter(Boolean).join(" ");
        return option.required ? text : `[${text}]`;
      }),
  ];
  const head = `${indent}${PROGRAM} ${spec.name} `;
  const lines: string[] = [];
  let line = head.trimEnd();
  for (const part of parts) {
    if (line.length + 1 + part.length > WIDTH && line.length > head.length) {
      lines.push(line);
      line = " ".repeat(head.length - 1);
    }
    line += ` ${part}`;
  }
  return [...lines, line];
}

function optionLines(table: readonly OptionSpec[]): string[] {
  const names = table.map((option) => [option.short === undefined ? "" : `-${option.short}, `, flagOf(option), option.value === undefined ? "" : ` ${option.value}`, option.multiple ? " …" : ""].join(""));
  const column = Math.max(...names.map((name) => name.length)) + 2;
  return table.flatMap((option, index) => {
    const shown = option.defaultText ?? option.default;
    return wrap(`  ${(names[index] as string).padEnd(column)}`, `${option.description}${shown === undefined ? "" : ` (Standard: ${shown})`}`);
  });
}

/** The text after `head`, broken between words at WIDTH and continued under its first word. */
function wrap(head: string, text: string): string[] {
  const lines: string[] = [];
  let line = head;
  for (const word of text.split(" ")) {
    if (line.length > head.length && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = " ".repeat(head.length);
    }
    line += line.length > head.length ? ` ${word}` : word;
  }
  return [...lines, line];
}
