import { createRequire } from "node:module";

/** The tool's version, named in every PDF and build record. */
export const VERSION = (createRequire(import.meta.url)("../package.json") as { version: string }).version;
