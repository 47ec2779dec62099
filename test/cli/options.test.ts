import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type CommandName, DEFAULT_PORT, helpText, parseCommand, UsageError } from "../../src/cli/options.js";
import { runCli } from "../helpers/run-cli.js";

const COMMANDS: readonly CommandName[] = ["build", "check", "preview", "neu", "import", "archive", "verify"];

/** The error parseCommand throws for this call. */
function usageError(argv: readonly string[]): UsageError {
  try {
    parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`parseCommand(${JSON.stringify(argv)}) did not refuse`);
}

/** The `--option` names a command's help lists under „Optionen:“. */
function helpOptions(name: CommandName): string[] {
  const section = helpText(name).split("\nOptionen:\n")[1]?.split("\n\n")[0] ?? "";
  return section.split("\n").map((line) => /--[a-z-]+/.exec(line)?.[0] ?? "");
}

describe("parseCommand", () => {
  it("parses build with its defaults", () => {
    expect(parseCommand(["build"])).toEqual({
      name: "build",
      years: [],
      dataDirs: ["data"],
      outDir: "output",
      templatesDir: undefined,
      strict: false,
      newRevision: false,
      force: false,
      parallel: undefined,
    });
  });

  it("parses build with every option, --data repeated", () => {
    expect(
      parseCommand(["build", "2018", "2019", "--data", "a", "--data=b", "--out", "aus", "--templates", "vorlagen", "--strict", "--force", "--parallel", "3", "--neu-auflage"]),
    ).toEqual({
      name: "build",
      years: [2018, 2019],
      dataDirs: ["a", "b"],
      outDir: "aus",
      templatesDir: resolve("vorlagen"),
      strict: true,
      newRevision: true,
      force: true,
      parallel: 3,
    });
  });

  it("accepts options before the command, skipping their values", () => {
    expect(parseCommand(["--data", "x", "check", "2018"])).toEqual({ name: "check", years: [2018], dataDir: "x", templatesDir: undefined, strict: false });
  });

  it("parses check", () => {
    expect(parseCommand(["check"])).toEqual({ name: "check", years: [], dataDir: "data", templatesDir: undefined, strict: false });
    expect(parseCommand(["check", "2018", "--data", "d", "--templates", "t", "--strict"])).toEqual({ name: "check", years: [2018], dataDir: "d", templatesDir: resolve("t"), strict: true });
  });

  it("parses preview, now with --strict", () => {
    expect(parseCommand(["preview"])).toEqual({ name: "preview", years: [], dataDir: "data", templatesDir: undefined, port: DEFAULT_PORT, strict: false });
    expect(parseCommand(["preview", "2019", "--data", "d", "--templates", "t", "--port", "0", "--strict"])).toEqual({
      name: "preview",
      years: [2019],
      dataDir: "d",
      templatesDir: resolve("t"),
      port: 0,
      strict: true,
    });
    expect(DEFAULT_PORT).toBe(4518);
  });

  it("parses import", () => {
    expect(parseCommand(["import", "zahlen.csv", "--jahr", "2019"])).toEqual({
      name: "import",
      csvFile: "zahlen.csv",
      year: 2019,
      dataDir: "data",
      force: false,
      veroeffentlichung: undefined,
      stand: undefined,
      endgueltig: false,
    });
    expect(parseCommand(["import", "zahlen.csv", "--jahr", "2019", "--data", "d", "--veroeffentlichung", "2020-01-14", "--stand", "2020-01-10", "--endgueltig", "--force"])).toEqual({
      name: "import",
      csvFile: "zahlen.csv",
      year: 2019,
      dataDir: "d",
      force: true,
      veroeffentlichung: "2020-01-14",
      stand: "2020-01-10",
      endgueltig: true,
    });
  });

  it("parses neu", () => {
    expect(parseCommand(["neu", "2020"])).toEqual({ name: "neu", year: 2020, dataDir: "data" });
    expect(parseCommand(["neu", "2020", "--data", "d"])).toEqual({ name: "neu", year: 2020, dataDir: "d" });
  });

  it("parses archive, templates included", () => {
    expect(parseCommand(["archive", "2018"])).toEqual({ name: "archive", year: 2018, dataDir: "data", outDir: "output", templatesDir: undefined });
    expect(parseCommand(["archive", "2018", "--data", "d", "--out", "o", "--templates", "t"])).toEqual({ name: "archive", year: 2018, dataDir: "d", outDir: "o", templatesDir: resolve("t") });
  });

  it("parses verify", () => {
    expect(parseCommand(["verify"])).toEqual({ name: "verify", years: [], outDir: "output" });
    expect(parseCommand(["verify", "2018", "--out", "o"])).toEqual({ name: "verify", years: [2018], outDir: "o" });
  });

  it("parses help and version", () => {
    for (const argv of [[], ["--help"], ["-h"], ["help"], ["help", "--help"], ["--version", "--help"]]) expect(parseCommand(argv)).toEqual({ name: "help" });
    expect(parseCommand(["--version"])).toEqual({ name: "version" });
    for (const name of COMMANDS) {
      expect(parseCommand(["help", name])).toEqual({ name: "help", topic: name });
      expect(parseCommand([name, "--help"])).toEqual({ name: "help", topic: name });
      expect(parseCommand([name, "-h"])).toEqual({ name: "help", topic: name });
    }
  });

  it("lets a command's --help win over anything else wrong on the line", () => {
    expect(parseCommand(["build", "--help", "--foo"])).toEqual({ name: "help", topic: "build" });
    expect(parseCommand(["check", "18", "--force", "-h"])).toEqual({ name: "help", topic: "check" });
    expect(parseCommand(["archive", "--help"])).toEqual({ name: "help", topic: "archive" });
    // Not for an unknown command, nor after `--`, where --help is an argument.
    expect(usageError(["bauen", "--help"]).message).toContain("Unbekannter Befehl „bauen“");
    expect(usageError(["build", "--", "--help"]).message).toContain("„--help“ ist kein Berichtsjahr");
  });

  it.each([
    [["bauen"], "Unbekannter Befehl „bauen“. Bekannt sind: build, check, preview, neu, import, archive, verify."],
    [["help", "bauen"], "Unbekannter Befehl „bauen“. Bekannt sind: build, check, preview, neu, import, archive, verify."],
    [["check", "--force"], "Die Option „--force“ gibt es für „check“ nicht. „check“ kennt: --data, --templates, --strict, --help. --force gehört zu „build“ und „import“."],
    [["check", "--out", "x"], "Die Option „--out“ gibt es für „check“ nicht. „check“ kennt: --data, --templates, --strict, --help."],
    [["verify", "--strict"], "Die Option „--strict“ gibt es für „verify“ nicht. „verify“ kennt: --out, --help."],
    [["archive", "2018", "--parallel", "2"], "Die Option „--parallel“ gibt es für „archive“ nicht. „archive“ kennt: --data, --out, --templates, --help. --parallel gehört zu „build“."],
    [["build", "--jahr", "2019"], "--jahr gehört zu „import“."],
    [["build", "--version"], "Die Option „--version“ gibt es für „build“ nicht."],
    [["build", "--ausgabe", "x"], "Unbekannte Option „--ausgabe“. „build“ kennt: --data, --out, --templates, --strict, --force, --parallel, --neu-auflage, --help."],
    [["build", "-x"], "Unbekannte Option „-x“."],
    [["--strict"], "Die Option „--strict“ gehört zu einem Befehl (build, check, preview), z. B. pressemappe build --strict."],
    [["build", "18"], "„18“ ist kein Berichtsjahr; erwartet wird eine vierstellige Jahreszahl wie 2018."],
    [["build", "--data"], "Die Option „--data“ braucht einen Wert, z. B. --data data."],
    [["check", "--data", "--strict"], "Die Option „--data“ braucht einen Wert, z. B. --data data."],
    [["preview", "--port"], "Die Option „--port“ braucht einen Wert, z. B. --port 8080."],
    [["build", "--strict=ja"], "Die Option „--strict“ nimmt keinen Wert."],
    [["build", "--parallel", "0"], "--parallel erwartet eine ganze Zahl von 1 bis 32."],
    [["build", "--parallel", "33"], "--parallel erwartet eine ganze Zahl von 1 bis 32."],
    [["preview", "--port", "65536"], "--port erwartet eine Portnummer von 0 bis 65535."],
    [["check", "--data", "a", "--data", "b"], "Mehrere --data-Ordner kann nur „build“ verarbeiten."],
    [["archive", "2018", "--data", "a", "--data", "b"], "Mehrere --data-Ordner kann nur „build“ verarbeiten."],
    [["archive"], "„archive“ braucht genau ein Berichtsjahr, z. B. pressemappe archive 2018."],
    [["archive", "2018", "2019"], "„archive“ braucht genau ein Berichtsjahr, z. B. pressemappe archive 2018."],
    [["import"], "„import“ braucht eine CSV-Datei, z. B. pressemappe import zahlen.csv --jahr 2019."],
    [["import", "a.csv", "b.csv", "--jahr", "2019"], "„import“ liest genau eine Datei; zu viel: b.csv."],
    [["import", "a.csv"], "„import“ braucht --jahr, das Berichtsjahr der Zahlen, z. B. --jahr 2019."],
    [["import", "a.csv", "--jahr", "19"], "„19“ ist kein Berichtsjahr"],
    [["import", "a.csv", "--jahr", "2019", "--veroeffentlichung", "14.01.2020"], "--veroeffentlichung erwartet ein Datum wie 2020-01-14, nicht „14.01.2020“."],
    [["import", "a.csv", "--jahr", "2019", "--data", "a", "--data", "b"], "„import“ schreibt in genau einen Datenordner."],
    [["import", "a.csv", "--jahr", "2019", "--stand", "heute"], "--stand erwartet ein Datum wie 2020-01-10, nicht „heute“."],
    [["neu"], "„neu“ braucht genau ein Berichtsjahr, z. B. pressemappe neu 2019."],
    [["neu", "2019", "2020"], "„neu“ braucht genau ein Berichtsjahr, z. B. pressemappe neu 2019."],
    [["neu", "2019", "--data", "a", "--data", "b"], "„neu“ schreibt in genau einen Datenordner."],
    [["help", "build", "check"], "„help“ erklärt einen Befehl; zu viel: check."],
  ])("refuses %j", (argv, message) => {
    expect(usageError(argv).message).toContain(message);
  });

  it("names the command in its usage errors, for the hint to its help", () => {
    expect(usageError(["check", "--force"]).command).toBe("check");
    expect(usageError(["build", "18"]).command).toBe("build");
    expect(usageError(["bauen"]).command).toBeUndefined();
  });
});

describe("help", () => {
  it("lists, for every command, exactly the options that command accepts", () => {
    const everyOption = ["--data", "--out", "--templates", "--strict", "--force", "--parallel", "--neu-auflage", "--port", "--jahr", "--veroeffentlichung", "--stand", "--endgueltig"];
    const value: Record<string, string> = { "--data": "d", "--out": "o", "--templates": "t", "--parallel": "2", "--port": "9", "--jahr": "2019", "--veroeffentlichung": "2020-01-14", "--stand": "2020-01-10" };
    const base: Record<CommandName, string[]> = { build: ["build"], check: ["check"], preview: ["preview"], neu: ["neu", "2019"], import: ["import", "a.csv", "--jahr", "2019"], archive: ["archive", "2018"], verify: ["verify"] };
    for (const name of COMMANDS) {
      const listed = helpOptions(name);
      expect(listed.at(-1), name).toBe("--help");
      for (const option of everyOption) {
        const call = () => parseCommand([...base[name], option, ...(option in value ? [value[option] as string] : [])]);
        if (listed.includes(option)) expect(call, `${name} ${option}`).not.toThrow();
        else expect(call, `${name} ${option}`).toThrow(UsageError);
      }
    }
  });

  it("differs per command, each with its usage line and an example", () => {
    const texts = COMMANDS.map((name) => helpText(name));
    expect(new Set(texts).size).toBe(COMMANDS.length);
    for (const [index, name] of COMMANDS.entries()) {
      expect(texts[index]).toContain(`pressemappe ${name} `);
      expect(texts[index]).toMatch(new RegExp(`Beispiele?:\\n  pressemappe ${name}\\b`));
    }
    expect(helpText("check")).toContain("auch, ob das Faktenblatt auf eine Seite passt");
    expect(helpText("preview")).toContain("--strict");
    expect(helpText("build")).toContain("pressemappe build 2019");
  });
});

describe("the command line", () => {
  it.each([
    [["check", "--force"], "check", "„check“ kennt: --data, --templates, --strict, --help."],
    [["verify", "--strict"], "verify", "„verify“ kennt: --out, --help."],
    [["archive", "2018", "--parallel", "2"], "archive", "„archive“ kennt: --data, --out, --templates, --help."],
    [["check", "--port", "9"], "check", "„check“ kennt: --data, --templates, --strict, --help."],
  ])("exits 2 on %j, naming the command's options", async (args, name, known) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`gibt es für „${name}“ nicht`);
    expect(result.stderr).toContain(known);
    expect(result.stderr).toContain(`Hilfe: pressemappe ${name} --help`);
  });

  it("points to the overall help when the command is unknown", async () => {
    const result = await runCli(["help", "bauen"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("Unbekannter Befehl „bauen“. Bekannt sind: build, check, preview, neu, import, archive, verify.\nHilfe: pressemappe --help\n");
  });

  it("prints a help of its own for each command", async () => {
    const [build, verify, helpBuild, buildWithError] = await Promise.all([
      runCli(["build", "--help"]),
      runCli(["verify", "--help"]),
      runCli(["help", "build"]),
      runCli(["build", "--help", "--foo"]),
    ]);
    for (const result of [build, verify]) {
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toContain("Beispiel");
    }
    expect(build.stdout).not.toBe(verify.stdout);
    expect(build.stdout).toContain("Beispiele:\n  pressemappe build 2019\n");
    expect(build.stdout).toContain("--neu-auflage");
    expect(verify.stdout).not.toContain("--neu-auflage");
    expect(helpBuild).toEqual(build);
    expect(buildWithError).toEqual(build);
  });

  it("prints the overall help, listing every command", async () => {
    const results = await Promise.all([[], ["--help"], ["-h"], ["help"]].map((args) => runCli(args)));
    const [first] = results;
    for (const result of results) expect(result).toEqual(first);
    expect(first?.code).toBe(0);
    const text = first?.stdout ?? "";
    for (const name of COMMANDS) expect(text).toMatch(new RegExp(`^  pressemappe ${name} `, "m"));
    expect(text).toContain("pressemappe build [JAHR …] [--data ORDNER …] [--out ORDNER]");
    expect(text).toContain("Hilfe zu einem Befehl: pressemappe help BEFEHL oder pressemappe BEFEHL --help");
    expect(text).toContain("Rückgabewert: 0 erfolgreich, 1 Daten ungültig oder Erstellung fehlgeschlagen, 2 falscher Aufruf.");
    expect(text).not.toBe((await runCli(["build", "--help"])).stdout);
  });
});
