import fc from "fast-check";
import type { Browser, Page } from "puppeteer";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatInteger } from "../../src/german/format.js";
import { loadDocumentSet, renderEdition } from "../../src/pipeline/steps.js";
import { startBrowser } from "../../src/print/launch-browser.js";
import { PagePool } from "../../src/print/page-pool.js";
import { printEdition } from "../../src/print/print-edition.js";
import type { Printer } from "../../src/print/printer.js";
import type { HtmlDocument } from "../../src/render/render-pages.js";
import type { Edition } from "../../src/validate/schema.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { readExample } from "../helpers/data-folder.js";
import { changed } from "../helpers/variant.js";

// The chart as Chromium lays it out in the printed fact sheet: every label box measured.

const set = await loadDocumentSet();
const exampleText = await readExample("2018.yaml");
const example = {
  edition: exampleText,
  publisher: await readExample("herausgeber.yaml"),
  periods: (parse(exampleText) as { kennzahlen: Record<"integrationen" | "gefoerderte", unknown> }).kennzahlen,
};
/** Thirty years from 1990 end in 2019. */
const REPORT_YEAR = 2019;

type Shape = (index: number, count: number) => number;
const SHAPES: Record<string, Shape> = {
  wave: (index) => 1 + 0.25 * Math.sin(index / 2.5),
  falling: (index, count) => 1 - (0.5 * index) / Math.max(1, count),
  rising: (index, count) => 0.5 + (0.5 * index) / Math.max(1, count),
  flat: () => 1,
};

/** The last `count` years up to 2019, or `count` years from 1990 with the second and fourth left out. */
function years(count: number, gaps = false): number[] {
  if (!gaps) return Array.from({ length: Math.max(2, count) }, (_, index) => REPORT_YEAR - Math.max(2, count) + 1 + index);
  return Array.from({ length: count + 2 }, (_, index) => 1990 + index).filter((_, index) => index !== 1 && index !== 3);
}

/** The example with these years in both series, households around `base`, persons 1.7 times as many; one year: the last alone. */
function edition(count: number, base: number, shape: Shape, gaps = false): Edition {
  const list = years(count, gaps);
  const households: Record<number, number> = {};
  const persons: Record<number, number> = {};
  list.forEach((year, index) => {
    households[year] = Math.max(1, Math.round(base * shape(index, list.length)));
    persons[year] = Math.round((households[year] ?? 0) * 1.7);
  });
  return withSeries(households, persons);
}

/** The example, validated, with these series: founded in their first year, reporting their last. */
function withSeries(households: Record<number, number>, persons: Record<number, number>): Edition {
  const list = Object.keys(households).map(Number);
  const first = Math.min(...list);
  const last = Math.max(...list);
  // Periods the example gives cover the same years; one it leaves out stays out.
  const periods = (["integrationen", "gefoerderte"] as const).filter((name) => example.periods[name] !== undefined);
  const text = changed(example.edition, {
    berichtsjahr: last,
    veroeffentlichung: `${last + 1}-01-15`,
    "quelle.stand": `${last + 1}-01-15`,
    "jobcenter.gegruendet": first,
    "kennzahlen.bedarfsgemeinschaften": households,
    "kennzahlen.personen_in_bedarfsgemeinschaften": persons,
    ...Object.fromEntries(periods.flatMap((name) => [[`kennzahlen.${name}.von`, first], [`kennzahlen.${name}.bis`, last]])),
  });
  return validated(text, `data/${last}.yaml`);
}

function validated(text: string, file: string): Edition {
  const result = validateEdition({ file: "data/herausgeber.yaml", text: example.publisher }, { file, text });
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.field.join(".")}: ${problem.message}`).join("\n"));
  return result.value;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface Layout {
  width: number;
  height: number;
  bars: Box[];
  values: (Box & { text: string })[];
  years: (Box & { text: string })[];
  lines: Box[];
  breaks: Box[];
  title: string;
}

/** Lays the fact sheet out as printed (A4, print media) and reads every box of its chart, in the chart's own units. */
async function measure(page: Page, html: string): Promise<Layout> {
  await page.setContent(html, { waitUntil: "load" });
  await page.evaluate("Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => undefined)");
  return page.evaluate(() => {
    const svg = document.querySelector("svg.diagramm") as SVGSVGElement;
    const box = (element: SVGGraphicsElement) => {
      const { x, y, width, height } = element.getBBox();
      return { left: x, right: x + width, top: y, bottom: y + height };
    };
    const texts = (selector: string) => Array.from(svg.querySelectorAll<SVGTextElement>(selector)).map((element) => ({ ...box(element), text: element.textContent ?? "" }));
    return {
      width: svg.viewBox.baseVal.width,
      height: svg.viewBox.baseVal.height,
      bars: Array.from(svg.querySelectorAll<SVGRectElement>("rect")).map(box),
      values: texts("text.wert"),
      years: texts("text.jahr"),
      lines: Array.from(svg.querySelectorAll<SVGLineElement>("line.linie")).map(box),
      breaks: Array.from(svg.querySelectorAll<SVGLineElement>("line.luecke")).map(box),
      title: svg.querySelector("title")?.textContent ?? "",
    };
  });
}

const EPSILON = 0.01;
const overlap = (a: Box, b: Box) => a.left < b.right - EPSILON && b.left < a.right - EPSILON && a.top < b.bottom - EPSILON && b.top < a.bottom - EPSILON;

const chromium = startBrowser();
let browser: Browser;
let page: Page;
let printer: Printer;
beforeAll(async () => {
  browser = await chromium.ready;
  page = await browser.newPage();
  await page.emulateMediaType("print");
  // The fact sheet's column: A4 less the page margins of druck.css (25 mm and 20 mm), at 96 dpi.
  await page.setViewport({ width: Math.round((165 / 25.4) * 96), height: 1100 });
  const pool = new PagePool(browser, 1);
  printer = { size: 1, version: browser.version(), print: (html) => pool.print(html), close: async () => undefined };
});
afterAll(() => chromium.close());

const CASES: [years: number, base: number, shape: keyof typeof SHAPES][] = [
  [2, 7, "falling"],
  [2, 1234567, "rising"],
  [8, 18460, "wave"],
  [8, 1234567, "wave"],
  [8, 7, "flat"],
  [15, 18460, "wave"],
  [15, 1234567, "falling"],
  [15, 9922, "rising"],
  [15, 7, "wave"],
  [30, 18460, "wave"],
  [30, 1234567, "rising"],
  [30, 7, "falling"],
  [30, 999, "flat"],
];

describe("the fact sheet's chart, laid out in Chromium", () => {
  it("a single year has nothing to compare: no chart, and the fact sheet still prints on one page", async () => {
    // The report year alone, of a job centre founded years before: the data holds no earlier year.
    const data = validated(changed(example.edition, { "kennzahlen.bedarfsgemeinschaften": { 2018: 9922 }, "kennzahlen.personen_in_bedarfsgemeinschaften": { 2018: 16726 } }), "data/2018.yaml");
    const factSheet = renderEdition(set, data).pages.find((document) => document.name === "faktenblatt");
    if (!factSheet) throw new Error("kein Faktenblatt");
    expect(factSheet.html).not.toContain("<svg");
    await printOnePage(data, factSheet);
  });

  it.each(CASES.filter(([count]) => count > 1))("%i years around %i (%s): labels clear of each other and the bars, inside the chart, on one page", async (count, base, shape) => {
    const data = edition(count, base, SHAPES[shape] ?? (() => 1));
    const { layout, factSheet } = await checkLayout(data);
    if (count <= 8) expect(layout.values).toHaveLength(2 * count);
    expect(layout.breaks).toEqual([]);
    await printOnePage(data, factSheet);
  });

  it.each([20, 30])("%i years with gaps: each gap marked on the baseline, clear of bars and labels", async (count) => {
    const data = edition(count, 18460, SHAPES.rising ?? (() => 1), true);
    const { layout, factSheet } = await checkLayout(data);
    // Two strokes for each of the two gaps.
    expect(layout.breaks).toHaveLength(4);
    // Twenty years still get every year's label, in smaller type: a missing year cannot be guessed.
    if (count === 20) expect(layout.years).toHaveLength(count);
    await printOnePage(data, factSheet);
  });

  it("the example's two years, 2012 and 2018: each bar with its value, the years between marked as missing", async () => {
    const { layout } = await checkLayout(validated(example.edition, "data/2018.yaml"));
    expect(layout.values.map((label) => label.text)).toEqual(["18.460", "31.871", "9.922", "16.726"]);
    expect(layout.breaks).toHaveLength(2);
  });

  it("random series of 2 to 30 years, with gaps, zeros and counts up to millions", async () => {
    const series = fc
      .record({
        years: fc.oneof(
          fc.tuple(fc.integer({ min: 1990, max: 2010 }), fc.integer({ min: 2, max: 30 })).map(([from, count]) => Array.from({ length: count }, (_, index) => from + index)),
          fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { minLength: 2, maxLength: 30 }).map((list) => list.sort((a, b) => a - b)),
        ),
        digits: fc.double({ min: 0, max: 7, noNaN: true }),
        perHousehold: fc.double({ min: 1.2, max: 3, noNaN: true }),
        steps: fc.array(fc.double({ min: 0.75, max: 1.25, noNaN: true }), { minLength: 30, maxLength: 30 }),
        zero: fc.integer({ min: -1, max: 29 }),
      })
      .map(({ years: list, digits, perHousehold, steps, zero }) => {
        const households: Record<number, number> = {};
        const persons: Record<number, number> = {};
        let value = 10 ** digits;
        list.forEach((year, index) => {
          value *= steps[index] ?? 1;
          households[year] = index === zero ? 0 : Math.round(value);
          persons[year] = Math.round((households[year] ?? 0) * perHousehold);
        });
        return { households, persons };
      });
    await fc.assert(
      fc.asyncProperty(series, async ({ households, persons }) => {
        await checkLayout(withSeries(households, persons));
      }),
      { numRuns: 40, seed: 407 },
    );
  });
});

/** Renders the edition's fact sheet, measures its chart and checks it; the fact sheet for printing. */
async function checkLayout(data: Edition): Promise<{ layout: Layout; factSheet: HtmlDocument }> {
  const documents = renderEdition(set, data);
  const factSheet = documents.pages.find((document) => document.name === "faktenblatt");
  if (!factSheet) throw new Error("kein Faktenblatt");
  const layout = await measure(page, factSheet.printHtml());
  const labels = [...layout.values, ...layout.years];
  const where = (box: Box & { text?: string }) => `${box.text ?? "Linie"} at ${box.left.toFixed(1)}–${box.right.toFixed(1)} × ${box.top.toFixed(1)}–${box.bottom.toFixed(1)}`;

  for (const label of labels) {
    expect(label.left >= 0 && label.right <= layout.width && label.top >= 0 && label.bottom <= layout.height, `${where(label)} outside the chart`).toBe(true);
    for (const bar of layout.bars) expect(overlap(label, bar), `${where(label)} on a bar`).toBe(false);
  }
  labels.forEach((label, index) => {
    for (const other of labels.slice(index + 1)) expect(overlap(label, other), `${where(label)} on ${where(other)}`).toBe(false);
  });
  // A line joins a lifted label to its bar, crossing nothing on its way.
  for (const line of layout.lines) {
    for (const box of [...labels, ...layout.bars]) expect(overlap(line, box), `${where(line)} crosses ${where(box)}`).toBe(false);
    expect(layout.bars.some((bar) => bar.left <= line.left && line.right <= bar.right && bar.top - line.bottom < 2), `${where(line)} ends at no bar`).toBe(true);
  }
  for (const mark of layout.breaks) {
    for (const box of [...labels, ...layout.bars]) expect(overlap(mark, box), `gap mark ${where(mark)} on ${where(box)}`).toBe(false);
  }

  const series = (values: Record<string, number>) => Object.entries(values).sort(([a], [b]) => Number(a) - Number(b));
  const households = series(data.kennzahlen.bedarfsgemeinschaften);
  const persons = series(data.kennzahlen.personen_in_bedarfsgemeinschaften);
  const shown = layout.values.map((label) => label.text);
  // German digits, as everywhere in the documents; the report year's values always shown.
  for (const text of shown) expect(text).toMatch(/^\d{1,3}(\.\d{3})*$/);
  expect(shown).toEqual(expect.arrayContaining([households.at(-1), persons.at(-1)].map((entry) => formatInteger(entry?.[1] ?? -1))));
  expect(layout.years.map((label) => label.text)).toContain(String(data.berichtsjahr));
  // The text alternative gives every value, labelled or not.
  const listed = (entries: [string, number][]) => entries.map(([year, value]) => `${year} ${formatInteger(value)}`).join(", ");
  expect(layout.title).toBe(`Balkendiagramm der Jahresdurchschnitte. Bedarfsgemeinschaften: ${listed(households)}. Personen in Bedarfsgemeinschaften: ${listed(persons)}.`);
  return { layout, factSheet };
}

/** The build's own page check: printEdition refuses a fact sheet of more than one page. */
async function printOnePage(data: Edition, factSheet: HtmlDocument): Promise<void> {
  await printEdition(printer, { pages: [factSheet], plainText: "" }, { year: data.berichtsjahr, srgbProfile: set.srgbProfile, templatesShown: "templates" });
}
