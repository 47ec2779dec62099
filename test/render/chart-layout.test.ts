import fc from "fast-check";
import type { Browser, Page } from "puppeteer";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeTexts } from "../../src/compose/compose-texts.js";
import { deriveFigures } from "../../src/derive/derive-figures.js";
import { formatFigure, type Art } from "../../src/german/format.js";
import { loadDocumentSet, renderEdition } from "../../src/pipeline/steps.js";
import { startBrowser } from "../../src/print/launch-browser.js";
import { PagePool } from "../../src/print/page-pool.js";
import { printEdition } from "../../src/print/print-edition.js";
import type { Printer } from "../../src/print/printer.js";
import { barChart, type ChartSeries } from "../../src/render/chart.js";
import { readMetadata } from "../../src/render/document-metadata.js";
import type { HtmlDocument } from "../../src/render/render-pages.js";
import { styleSlot, withStyle } from "../../src/render/style.js";
import { typesetGerman } from "../../src/render/typeset.js";
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
  /** Each bar's colour as drawn, in document order: year by year, series by series. */
  fills: string[];
  /** The legend's squares' colours and the caption's text. */
  legend: string[];
  caption: string;
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
      fills: Array.from(svg.querySelectorAll<SVGRectElement>("rect")).map((element) => getComputedStyle(element).fill),
      legend: Array.from(document.querySelectorAll<HTMLElement>("figure.diagramm figcaption .legende")).map((element) => getComputedStyle(element).backgroundColor),
      caption: document.querySelector("figure.diagramm figcaption")?.textContent ?? "",
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

const exampleEdition = validated(example.edition, "data/2018.yaml");
const exampleTexts = composeTexts(set.templates, exampleEdition, deriveFigures(exampleEdition));

/** The example's fact sheet with its chart drawn from these series, as an edition may choose them (issue 17). */
function factSheetShowing(reihen: readonly ChartSeries[]): HtmlDocument {
  const { kontext } = exampleTexts;
  const typeset = typesetGerman(set.templates.faktenblattSeite({ ...kontext, stil: styleSlot, diagramm: barChart(reihen) }));
  const html = withStyle(typeset, set.style);
  return { name: "faktenblatt", html, printHtml: () => html, meta: { ...readMetadata(typeset), date: kontext.veroeffentlichung }, limit: { pages: 1, denser: () => html, shorten: "" } };
}

/** A value as the edition holds one of this art: whole counts and euros, quotes 0–100 with one decimal. */
function asWritten(value: number, art: Art): number {
  return art === "quote" ? Math.min(100, Math.round(value * 10) / 10) : Math.round(value);
}

/** A figure over `count` years up to 2019 (with gaps: from 1990, the second and fourth left out), around `base` in this shape. */
function figure(bezeichnung: string, art: Art, count: number, base: number, shape: Shape, gaps = false): ChartSeries {
  const list = years(count, gaps);
  return { bezeichnung, art, werte: Object.fromEntries(list.map((year, index) => [String(year), asWritten(base * shape(index, list.length), art)])) };
}

const wave = SHAPES.wave ?? (() => 1);
const falling = SHAPES.falling ?? (() => 1);
const rising = SHAPES.rising ?? (() => 1);
const flat = SHAPES.flat ?? (() => 1);

const SERIES_CASES: [name: string, reihen: ChartSeries[]][] = [
  ["one count, 8 years", [figure("Arbeitslose im SGB II", "anzahl", 8, 18460, wave)]],
  ["one euro amount around 12,4 Mio. €, 8 years", [figure("Ausgaben für Eingliederungsleistungen", "euro", 8, 12_400_000, wave)]],
  ["one quote around 25,4 %, 30 years", [figure("Integrationsquote", "quote", 30, 25.4, rising)]],
  ["one euro amount, 30 years with gaps", [figure("Ausgaben für Eingliederungsleistungen", "euro", 30, 12_400_000, falling, true)]],
  [
    "three counts, 8 years, one begun later",
    [figure("Bedarfsgemeinschaften", "anzahl", 8, 9922, falling), figure("Personen in Bedarfsgemeinschaften", "anzahl", 8, 16726, falling), figure("Langzeitleistungsbeziehende", "anzahl", 5, 5120, wave)],
  ],
  [
    "three counts, 15 years",
    [figure("Bedarfsgemeinschaften", "anzahl", 15, 18460, wave), figure("Personen in Bedarfsgemeinschaften", "anzahl", 15, 31871, wave), figure("Langzeitleistungsbeziehende", "anzahl", 15, 12100, rising)],
  ],
  [
    "three counts, 30 years with gaps",
    [figure("Bedarfsgemeinschaften", "anzahl", 30, 18460, falling, true), figure("Personen", "anzahl", 30, 31871, wave, true), figure("Langzeitleistungsbeziehende", "anzahl", 30, 1234567, rising, true)],
  ],
  [
    "three euro amounts: millions beside thousands, 8 years",
    [figure("Ausgaben für Eingliederungsleistungen", "euro", 8, 12_400_000, wave), figure("Kosten der Unterkunft", "euro", 8, 24_400_000, rising), figure("Verwaltungskosten", "euro", 8, 850_000, flat)],
  ],
  [
    "three euro amounts in billions and millions, 5 years",
    [figure("Bundesmittel", "euro", 5, 2_100_000_000, rising), figure("Landesmittel", "euro", 5, 1_450_000_000, falling), figure("Kommunale Mittel", "euro", 5, 980_000_000, wave)],
  ],
  [
    "three quotes around 25,4 %, 5 years",
    [figure("Integrationsquote", "quote", 5, 25.4, rising), figure("Integrationsquote der Frauen", "quote", 5, 21.7, wave), figure("Integrationsquote unter 25", "quote", 5, 31.2, falling)],
  ],
  [
    "three quotes up to 100 %, 15 years",
    [figure("Quote A", "quote", 15, 100, falling), figure("Quote B", "quote", 15, 0.4, rising), figure("Quote C", "quote", 15, 55.5, wave)],
  ],
  ["two euro amounts, 8 years", [figure("Eingliederungsmittel", "euro", 8, 12_400_000, rising), figure("Verwaltungsmittel", "euro", 8, 9_800_000, falling)]],
  ["two quotes, 2 years", [figure("Integrationsquote", "quote", 2, 25.4, rising), figure("Integrationsquote der Frauen", "quote", 2, 24.1, falling)]],
];

describe("the chart of one to three series of any art, laid out in Chromium", () => {
  it.each(SERIES_CASES)("%s: labels clear of each other and the bars, inside the chart, colours as the legend's, on one page", async (_, reihen) => {
    const factSheet = factSheetShowing(reihen);
    const layout = await checkChart(factSheet.html, reihen);
    // One series over a few years has room for every value.
    if (reihen.length === 1 && Object.keys(reihen[0]?.werte ?? {}).length <= 8) expect(layout.values).toHaveLength(layout.bars.length);
    await printOnePage(exampleEdition, factSheet);
  });

  it("the third colour stands out: 3 : 1 against white at least, and apart from both blues", async () => {
    const reihen = SERIES_CASES.find(([name]) => name.startsWith("three counts, 8"))?.[1] ?? [];
    expect(reihen).toHaveLength(3);
    const { legend } = await measure(page, factSheetShowing(reihen).html);
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map((channel) => {
        const value = Number(channel) / 255;
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const [dark = 0, light = 0, third = 0] = legend.map(luminance);
    expect(contrast(third, 1)).toBeGreaterThanOrEqual(3);
    // Lighter than the dark blue and darker than the light one, clearly: three tones even in grey.
    expect(contrast(third, dark)).toBeGreaterThan(1.5);
    expect(contrast(third, light)).toBeGreaterThan(1.5);
  });

  it("random series: one to three, of any art, 2 to 30 years, with gaps and missing values", async () => {
    const arts: Art[] = ["anzahl", "euro", "quote"];
    const series = fc
      .record({
        years: fc.oneof(
          fc.tuple(fc.integer({ min: 1990, max: 2010 }), fc.integer({ min: 2, max: 30 })).map(([from, count]) => Array.from({ length: count }, (_, index) => from + index)),
          fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { minLength: 2, maxLength: 30 }).map((list) => list.sort((a, b) => a - b)),
        ),
        art: fc.constantFrom(...arts),
        reihen: fc.array(
          fc.record({
            digits: fc.double({ min: 0, max: 1, noNaN: true }),
            steps: fc.array(fc.double({ min: 0.75, max: 1.25, noNaN: true }), { minLength: 30, maxLength: 30 }),
            missing: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      })
      .map(({ years: list, art, reihen }) =>
        reihen.map(({ digits, steps, missing }, position): ChartSeries => {
          // Counts up to ten million, euro amounts up to ten billion (with cents below a thousand), quotes up to 100.
          let value = art === "quote" ? 100 * digits : art === "euro" ? 10 ** (2 + digits * 8) : 10 ** (digits * 7);
          const werte: Record<string, number> = {};
          list.forEach((year, index) => {
            value *= steps[index] ?? 1;
            // Every series holds the report year, as the edition's check demands.
            if (missing[index] && index < list.length - 1) return;
            werte[year] = art === "euro" && value < 1000 ? Math.round(value * 100) / 100 : asWritten(value, art);
          });
          return { bezeichnung: `Reihe ${position + 1}`, werte, art };
        }),
      );
    await fc.assert(
      fc.asyncProperty(series, async (reihen) => {
        await checkChart(factSheetShowing(reihen).html, reihen, reihen.length === 1);
      }),
      { numRuns: 60, seed: 1717 },
    );
  }, 180_000);
});

/** Renders the edition's fact sheet, measures its chart and checks it; the fact sheet for printing. */
async function checkLayout(data: Edition): Promise<{ layout: Layout; factSheet: HtmlDocument }> {
  const documents = renderEdition(set, data);
  const factSheet = documents.pages.find((document) => document.name === "faktenblatt");
  if (!factSheet) throw new Error("kein Faktenblatt");
  // The two series the fact sheet shows unless the edition chooses others.
  const reihen: ChartSeries[] = [
    { bezeichnung: "Bedarfsgemeinschaften", werte: data.kennzahlen.bedarfsgemeinschaften, art: "anzahl" },
    { bezeichnung: "Personen in Bedarfsgemeinschaften", werte: data.kennzahlen.personen_in_bedarfsgemeinschaften, art: "anzahl" },
  ];
  const layout = await checkChart(factSheet.printHtml(), reihen);
  expect(layout.years.map((label) => label.text)).toContain(String(data.berichtsjahr));
  return { layout, factSheet };
}

/**
 * Measures the chart of this fact sheet, drawn from these series, and checks every box, label, colour and the text alternative.
 * `reported`: the report year's values must all be shown (one series always finds room for its value; two do for
 * the shapes tested here, though not for every jagged series; three bars may leave one to the table and the text alternative).
 */
async function checkChart(html: string, reihen: readonly ChartSeries[], reported = reihen.length <= 2): Promise<Layout> {
  const layout = await measure(page, html);
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

  const sorted = (values: Readonly<Record<string, number>>) => Object.entries(values).sort(([a], [b]) => Number(a) - Number(b));
  const printed = (value: number, art: Art) => formatFigure(value, art, { table: true });
  // Every label is one of the values, as the documents print them; the report year's values always shown.
  const shown = layout.values.map((label) => label.text);
  const values = new Set(reihen.flatMap((reihe) => Object.values(reihe.werte).map((value) => printed(value, reihe.art))));
  for (const text of shown) expect(values, `label ${text}`).toContain(text);
  // The bars in document order: year by year, series by series; each with its series and its value as printed.
  const years = [...new Set(reihen.flatMap((reihe) => Object.keys(reihe.werte)))].map(Number).sort((a, b) => a - b);
  const drawn = years.flatMap((year) => reihen.flatMap((reihe, index) => (reihe.werte[year] === undefined ? [] : [{ reihe: index, text: printed(reihe.werte[year] ?? 0, reihe.art) }])));
  expect(layout.bars).toHaveLength(drawn.length);
  // Each label reads as its bar's: right above it, or lifted with a line down to it.
  for (const label of layout.values) {
    const own = layout.bars.filter((bar, index) => drawn[index]?.text === label.text && bar.left < label.right && label.left < bar.right);
    const above = own.some((bar) => label.bottom <= bar.top + EPSILON && bar.top - label.bottom < 4);
    const joined = own.some((bar) => layout.lines.some((line) => line.left >= bar.left && line.right <= bar.right && Math.abs(line.top - label.bottom) < 1 && bar.top - line.bottom < 2));
    expect(above || joined, `${where(label)} stands by no bar of its value`).toBe(true);
  }
  const reportYear = Math.max(...years);
  const last = reihen.flatMap((reihe) => (reihe.werte[reportYear] === undefined ? [] : [printed(reihe.werte[reportYear] ?? 0, reihe.art)]));
  if (reported) expect(shown).toEqual(expect.arrayContaining(last));
  expect(layout.years.map((label) => label.text)).toContain(String(reportYear));
  // The text alternative gives every value, labelled or not (the page sets no-break spaces in names, as everywhere).
  const spaces = (text: string) => text.replace(/\u00ad/g, "").replace(/\s+/g, " ").trim();
  const listed = (reihe: ChartSeries) => sorted(reihe.werte).map(([year, value]) => `${year} ${printed(value, reihe.art)}`).join(", ");
  expect(spaces(layout.title)).toBe(spaces(`Balkendiagramm der Jahresdurchschnitte. ${reihen.map((reihe) => `${reihe.bezeichnung}: ${listed(reihe)}.`).join(" ")}`));
  // Each series in its own colour, the same in the legend, named there in order.
  expect(layout.fills).toEqual(drawn.map((bar) => layout.legend[bar.reihe]));
  expect(new Set(layout.legend).size).toBe(reihen.length);
  expect(spaces(layout.caption)).toBe(`${reihen.map((reihe) => spaces(reihe.bezeichnung)).join(" ")} (Jahresdurchschnitt)`);
  return layout;
}

/** The build's own page check: printEdition refuses a fact sheet of more than one page. */
async function printOnePage(data: Edition, factSheet: HtmlDocument): Promise<void> {
  await printEdition(printer, { pages: [factSheet], plainText: "" }, { year: data.berichtsjahr, srgbProfile: set.srgbProfile, templatesShown: "templates" });
}
