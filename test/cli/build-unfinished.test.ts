import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDataFolder } from "../helpers/data-folder.js";
import { runCli } from "../helpers/run-cli.js";

let data: Awaited<ReturnType<typeof copyDataFolder>>;
let out: string;

beforeAll(async () => {
  data = await copyDataFolder({ realContact: true });
  out = await mkdtemp(join(tmpdir(), "pressemappe-ausgabe-"));
});
afterAll(async () => {
  await data.remove();
  await rm(out, { recursive: true, force: true });
});

describe("a plain build while next year's file is being filled in", () => {
  it("builds the finished years, names the unfinished one with its check, and exits 0; named, it is refused", async () => {
    expect((await runCli(["neu", "2019", "--data", data.dir])).code).toBe(0);
    const plain = await runCli(["build", "--data", data.dir, "--out", out]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain(`Noch nicht fertig, nicht gebaut: 2019 – ${join(data.dir, "2019.yaml")} enthält 9 Stellen mit ??? (noch nicht eingetragen). Welche, zeigt: pressemappe check 2019 --data ${data.dir}`);
    expect(plain.stdout).toContain("Fertig: 1 Ausgabe");
    expect(existsSync(join(out, "2018", "pressemitteilung.pdf"))).toBe(true);
    expect(existsSync(join(out, "2019"))).toBe(false);

    const named = await runCli(["build", "2019", "--data", data.dir, "--out", out]);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain("noch nicht eingetragen");
  });

  it("after archiving, names a change every year shares once, without urging a new Auflage, and has nothing else to do", async () => {
    expect((await runCli(["archive", "2018", "--data", data.dir, "--out", out])).code).toBe(0);
    await data.edit("herausgeber.yaml", (text) => text.replace('"+49 3733 831-1234"', '"+49 3733 831-4321"'));
    const plain = await runCli(["build", "--data", data.dir, "--out", out]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain(`Archiviert, nicht gebaut: 2018 (${join(out, "archiv", "2018")}) – seit der letzten Auflage geändert sind nur Dateien, die alle Jahre teilen: ${join(data.dir, "herausgeber.yaml")}.`);
    expect(plain.stdout).not.toContain("Eine neue Auflage schreibt");
    expect(plain.stdout).toContain("Noch nicht fertig, nicht gebaut: 2019");
    expect(plain.stdout.trimEnd().split("\n").at(-1)).toBe("Sonst nichts zu tun.");
  });
});
