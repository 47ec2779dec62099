import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";

/**
 * Chromium inherits the environment of the build that started it; a marker variable tells this
 * test's browsers apart from those of tests running beside it.
 */
export function processMarker(): { env: NodeJS.ProcessEnv; marker: string } {
  const marker = `PRESSEMAPPE_TESTLAUF=${randomUUID()}`;
  const [key = "", value = ""] = marker.split("=");
  return { env: { ...process.env, [key]: value }, marker };
}

/** Living (not zombie) Chromium processes whose environment carries the marker. */
export async function markedChromium(marker: string): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const [cmdline, stat, environ] = await Promise.all(
      ["cmdline", "stat", "environ"].map((file) => readFile(`/proc/${name}/${file}`, "utf8").catch(() => "")),
    );
    const state = /\) (\S)/.exec(stat ?? "")?.[1];
    if (/chrom(e|ium)/i.test(cmdline?.split("\0")[0] ?? "") && state !== "Z" && environ?.split("\0").includes(marker)) pids.push(Number(name));
  }
  return pids;
}

/** The marked Chromium processes still alive after a short grace period for shutting down. */
export async function survivingChromium(marker: string, graceMs = 2000): Promise<number[]> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    const alive = await markedChromium(marker);
    if (alive.length === 0 || Date.now() >= deadline) return alive;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
