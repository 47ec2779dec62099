import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

/**
 * A full garbage collection. Every document passes through node several times as a string of
 * some 100 KB (page, print version, protocol message), and V8 lets such garbage pile up: a
 * 407-edition build peaked at 225 MB, with a collection every few dozen editions at 160 MB and
 * no slower. Made available the way Jest does it (--expose-gc set at run time, gc taken from a
 * fresh context), since the command cannot pass node flags.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
