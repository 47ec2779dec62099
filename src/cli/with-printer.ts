import { openPrinter, type Printer } from "../print/printer.js";
import { onInterrupt } from "./interrupt.js";

/** Runs `task` with a Chromium that is ended afterwards on every path, Ctrl-C included. */
export async function withPrinter<T>(parallel: number, task: (printer: Printer) => Promise<T>): Promise<T> {
  const printer = openPrinter(parallel);
  const stop = onInterrupt(() => printer.close());
  try {
    return await task(printer);
  } finally {
    stop();
    await printer.close();
  }
}
