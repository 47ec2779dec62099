/**
 * Ctrl-C or a kill request while Chromium runs: end it and exit. The output folder's lock goes with
 * the process (output/lock.ts). Every edition folder is replaced whole (write-atomic.ts), so each is
 * either as before or completely new; what a killed run left beside them, the next run clears away.
 * Returns the function that removes the handler.
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    process.stderr.write(`\nAbgebrochen (${signal}). Keine Ausgabe ist halb geschrieben: jede ist die bisherige oder vollständig neu.\n`);
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
