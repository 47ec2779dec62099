import { fileURLToPath } from "node:url";

/** The installed package: src/ in development, dist/ when built; both sit one level below it. */
export const packageRoot = fileURLToPath(new URL("..", import.meta.url));
export const templatesDir = fileURLToPath(new URL("../templates/", import.meta.url));
