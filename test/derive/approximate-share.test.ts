import { describe, expect, it } from "vitest";
import { approximateShare } from "../../src/derive/approximate-share.js";

describe("approximateShare", () => {
  it("calls 104 of 407 a good quarter", () => {
    expect(approximateShare(104 / 407)).toEqual({ zaehler: 1, nenner: 4, naeherung: "gut" });
  });

  it.each([
    [0.5, { zaehler: 1, nenner: 2, naeherung: "genau" }],
    [0.502, { zaehler: 1, nenner: 2, naeherung: "rund" }],
    [0.124, undefined],
    [0.48, { zaehler: 1, nenner: 2, naeherung: "knapp" }],
    [0.335, { zaehler: 1, nenner: 3, naeherung: "rund" }],
    [0.34, { zaehler: 1, nenner: 3, naeherung: "gut" }],
    [0.65, { zaehler: 2, nenner: 3, naeherung: "knapp" }],
    [0.21, { zaehler: 1, nenner: 5, naeherung: "gut" }],
    [0.1, { zaehler: 1, nenner: 10, naeherung: "genau" }],
    [0.104, { zaehler: 1, nenner: 10, naeherung: "rund" }],
  ])("%f", (share, expected) => {
    expect(approximateShare(share)).toEqual(expected);
  });

  it("gives no fraction where none is close", () => {
    expect(approximateShare(0.02)).toBeUndefined();
    expect(approximateShare(0.97)).toBeUndefined();
  });
});
