import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/scratch-folder.ts"],
    // End-to-end tests start a real Chromium.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
