import { describe, expect, it } from "vitest";
import { collectGarbage } from "../../src/cli/collect-garbage.js";

describe("collectGarbage", () => {
  it("frees what a finished document leaves behind", () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let garbage: number[][] | undefined = Array.from({ length: 40 }, (_, index) => new Array<number>(100_000).fill(index + 0.5));
    expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(30_000_000);
    garbage = undefined;
    collectGarbage();
    expect(garbage).toBeUndefined();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
  });
});
