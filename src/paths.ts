import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The installed package: src/ in development, dist/ when built; both sit one level below it. */
export const packageRoot = fileURLToPath(new URL("..", import.meta.url));
/** The program's own code: dist/ when built, src/ in development. */
export const codeDir = fileURLToPath(new URL(".", import.meta.url));
export const templatesDir = fileURLToPath(new URL("../templates/", import.meta.url));

/** Where speed-ups live between runs: PRESSEMAPPE_CACHE, else the platform's cache folder. */
export function cacheDir(): string {
  if (process.env.PRESSEMAPPE_CACHE) return process.env.PRESSEMAPPE_CACHE;
  if (process.platform === "win32") return join(process.env.LOCALAPPDATA ?? join(homedir(), "AppData", "Local"), "pressemappe", "Cache");
  if (process.platform === "darwin") return join(homedir(), "Library", "Caches", "pressemappe");
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "pressemappe");
}
