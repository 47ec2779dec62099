/**
 * Ctrl-C or a kill request while Chromium runs: end it and exit. The output folder's lock goes with
 * the process (output/lock.ts), and an edition half written stays beside the old one, which is
 * untouched; the next run clears the rest away. Returns the function that removes the handler.
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    process.stderr.write(`\nAbgebrochen (${signal}). Die bisherige Ausgabe bleibt unverändert.\n`);
    // What fails from here on fails because Chromium is being ended: nothing worth a message.
    const silent = (() => true) as typeof process.stdout.write;
    process.stdout.write = silent;
    process.stderr.write = silent;
    void cleanup().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const signal of signals) process.once(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
