import fc from "fast-check";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { validateEdition, type Validation } from "../../src/validate/validate-edition.js";
import type { Edition } from "../../src/validate/schema.js";
import { readExample } from "../helpers/data-folder.js";

const publisher = { file: "data/herausgeber.yaml", text: await readExample("herausgeber.yaml") };
const exampleText = await readExample("2018.yaml");
const example = parse(exampleText) as Record<string, unknown>;

/** Either a valid edition that keeps the rules, or only German messages naming the file. */
function expectWellFormed(result: Validation<Edition>): void {
  if (result.ok) {
    const { kennzahlen, bundesvergleich, jobcenter, berichtsjahr } = result.value;
    if (bundesvergleich) expect(bundesvergleich.kommunale_jobcenter).toBeLessThanOrEqual(bundesvergleich.jobcenter);
    for (const [jahr, haushalte] of Object.entries(kennzahlen.bedarfsgemeinschaften)) {
      expect(Number(jahr)).toBeGreaterThanOrEqual(jobcenter.gegruendet);
      expect(Number(jahr)).toBeLessThanOrEqual(berichtsjahr);
      expect(kennzahlen.personen_in_bedarfsgemeinschaften[jahr] ?? haushalte).toBeGreaterThanOrEqual(haushalte);
    }
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.file).toMatch(/\.yaml$/);
    expect(problem.message.trim().length).toBeGreaterThan(5);
    // What the user typed is quoted back („…“, „gefunden: …“) and may say anything; the rest may not.
    const ownWords = problem.message.replace(/„[^“]*“/g, "").replace(/\(gefunden: [^)]*\)/g, "");
    expect(ownWords).not.toMatch(/undefined|\[object Object\]|NaN/);
  }
}

const validate = (text: string) => validateEdition(publisher, { file: "data/2018.yaml", text });

/** Paths into the example, so mutations hit real fields as well as invented ones. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== "object") return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, key]))];
}
const EXAMPLE_PATHS = paths(example).filter((path) => path.length > 0);

type Mutation = { path: string[]; kind: "delete" | "set"; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.oneof(fc.constantFrom(...EXAMPLE_PATHS), fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 3 })),
  kind: fc.constantFrom("delete", "set"),
  value: fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.double(), fc.string(), fc.constant(null), fc.boolean(), fc.constantFrom(2011, 2012, 2018, 2019, "2019-01-15", "2019-01-15T11:00"), fc.anything()),
});

function applyMutations(base: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const { path, kind, value } of mutations) {
    let node: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      if (node[key] === null || typeof node[key] !== "object") node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = path.at(-1) ?? "";
    if (kind === "delete") delete node[last];
    else node[last] = value;
  }
  return copy;
}

describe("validation never crashes", () => {
  it("keeps the example valid when nothing changes", () => {
    expect(validate(stringify(example)).ok).toBe(true);
  });

  it("turns thousands of mutated editions into an edition or German messages", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        expectWellFormed(validate(stringify(applyMutations(example, mutations))));
      }),
      { numRuns: 3000 },
    );
  });

  it("turns arbitrary YAML values into messages", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        // stringify(undefined) is undefined: an empty file.
        expectWellFormed(validate(stringify(value) ?? ""));
      }),
      { numRuns: 2000 },
    );
  });

  it("turns arbitrary text, and damaged copies of the example, into messages", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.nat(exampleText.length), fc.nat(40), (noise, at, cut) => {
        expectWellFormed(validate(noise));
        expectWellFormed(validate(exampleText.slice(0, at) + noise + exampleText.slice(at + cut)));
      }),
      { numRuns: 2000 },
    );
  });
});
