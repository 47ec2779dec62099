import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { runCli } from "../helpers/run-cli.js";

let out: string;
const pdfs: Record<string, Uint8Array> = {};
const DOCUMENTS = ["pressemitteilung.pdf", "faktenblatt.pdf"];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "pressemappe-pdfa-"));
  const result = await runCli(["build", "2018", "--out", out]);
  if (result.code !== 0) throw new Error(result.stderr);
  for (const name of DOCUMENTS) pdfs[name] = new Uint8Array(await readFile(join(out, "2018", name)));
});
afterAll(() => rm(out, { recursive: true, force: true }));

const load = (name: string) => PDFDocument.load(pdfs[name] as Uint8Array, { updateMetadata: false });
const text = (name: string) => Buffer.from(pdfs[name] as Uint8Array).toString("latin1");
const infoString = (doc: PDFDocument, key: string) => {
  const getters: Record<string, () => string | undefined> = {
    Title: () => doc.getTitle(),
    Author: () => doc.getAuthor(),
    Subject: () => doc.getSubject(),
    Keywords: () => doc.getKeywords(),
    Creator: () => doc.getCreator(),
    Producer: () => doc.getProducer(),
  };
  return getters[key]?.();
};

function xmpOf(doc: PDFDocument): string {
  const stream = doc.catalog.lookup(PDFName.of("Metadata"), PDFStream) as PDFRawStream;
  expect(stream.dict.get(PDFName.of("Filter"))).toBeUndefined(); // PDF/A: metadata stays readable
  return new TextDecoder().decode(stream.getContents());
}
const xmpValue = (xmp: string, tag: string) => new RegExp(`<${tag}>(?:<rdf:(?:Alt|Seq|Bag)><rdf:li[^>]*>)?([^<]*)`).exec(xmp)?.[1];

describe.each(DOCUMENTS)("%s is PDF/A-2b and accessible", (name) => {
  it("carries Info metadata from the data, dated by the release, not the clock", async () => {
    const doc = await load(name);
    expect(doc.getTitle()).toMatch(/Kommunales Jobcenter Erzgebirgskreis/);
    expect(doc.getAuthor()).toBe("Landratsamt Erzgebirgskreis");
    expect(doc.getSubject()).toMatch(/Jahresbilanz 2018|Kennzahlen/);
    expect(doc.getKeywords()).toContain("SGB II");
    expect(doc.getCreator()).toBe(`pressemappe ${VERSION}`);
    expect(doc.getProducer()).toMatch(new RegExp(`^pressemappe ${VERSION.replaceAll(".", "\\.")} \\(Chromium [\\d.]+\\)$`));
    expect(doc.getCreationDate()?.toISOString()).toBe("2019-01-15T00:00:00.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2019-01-15T00:00:00.000Z");
  });

  it("has XMP that says PDF/A-2b and agrees with the Info dictionary", async () => {
    const doc = await load(name);
    const xmp = xmpOf(doc);
    expect(xmpValue(xmp, "pdfaid:part")).toBe("2");
    expect(xmpValue(xmp, "pdfaid:conformance")).toBe("B");
    const unescape = (value = "") => value.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"');
    expect(unescape(xmpValue(xmp, "dc:title"))).toBe(infoString(doc, "Title"));
    expect(unescape(xmpValue(xmp, "dc:creator"))).toBe(infoString(doc, "Author"));
    expect(unescape(xmpValue(xmp, "dc:description"))).toBe(infoString(doc, "Subject"));
    expect(unescape(xmpValue(xmp, "pdf:Keywords"))).toBe(infoString(doc, "Keywords"));
    expect(unescape(xmpValue(xmp, "pdf:Producer"))).toBe(infoString(doc, "Producer"));
    expect(unescape(xmpValue(xmp, "xmp:CreatorTool"))).toBe(infoString(doc, "Creator"));
    expect(xmpValue(xmp, "xmp:CreateDate")).toBe("2019-01-15T00:00:00Z");
    expect(xmpValue(xmp, "xmp:ModifyDate")).toBe("2019-01-15T00:00:00Z");
    expect(xmp).toMatch(/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
  });

  it("names an sRGB output intent with an embedded ICC profile", async () => {
    const doc = await load(name);
    const intents = doc.catalog.lookup(PDFName.of("OutputIntents"), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of("S"))).toBe(PDFName.of("GTS_PDFA1"));
    const profile = intent.lookup(PDFName.of("DestOutputProfile"), PDFStream) as PDFRawStream;
    expect((profile.dict.get(PDFName.of("N")) as PDFNumber).asNumber()).toBe(3);
    const icc = decodePDFRawStream(profile).decode();
    expect(new TextDecoder("latin1").decode(icc.slice(12, 20))).toBe("mntrRGB ");
  });

  it("has a document ID, no encryption, no JavaScript, printable annotations, blending colour spaces", async () => {
    const doc = await load(name);
    const id = doc.context.trailerInfo.ID as PDFArray | undefined;
    expect(id?.size()).toBe(2);
    expect(doc.context.trailerInfo.Encrypt).toBeUndefined();
    expect(text(name)).not.toMatch(/\/(JavaScript|JS|Launch|AA)\b/);
    for (const page of doc.getPages()) {
      const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
      for (let index = 0; index < (annotations?.size() ?? 0); index++) {
        expect((annotations?.lookup(index, PDFDict).get(PDFName.of("F")) as PDFNumber).asNumber() & 4).toBe(4);
      }
    }
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
      const group = dict?.lookupMaybe(PDFName.of("Group"), PDFDict);
      if (group?.get(PDFName.of("S")) === PDFName.of("Transparency")) expect(group.has(PDFName.of("CS"))).toBe(true);
    }
  });

  it("embeds every font, and only the shipped Source Sans 3", async () => {
    const doc = await load(name);
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"));
    expect(fonts.length).toBeGreaterThan(0);
    for (const descriptor of fonts) {
      expect(String(descriptor.get(PDFName.of("FontName")))).toMatch(/^\/[A-Z]{6}\+SourceSans3/);
      expect(["FontFile", "FontFile2", "FontFile3"].some((key) => descriptor.get(PDFName.of(key)) instanceof PDFRef)).toBe(true);
    }
  });

  it("is tagged, in German, shows its title, and has bookmarks from the headings", async () => {
    const doc = await load(name);
    expect(doc.catalog.lookup(PDFName.of("MarkInfo"), PDFDict).get(PDFName.of("Marked"))?.toString()).toBe("true");
    expect(doc.catalog.get(PDFName.of("StructTreeRoot"))).toBeInstanceOf(PDFRef);
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(de)");
    expect(doc.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict).get(PDFName.of("DisplayDocTitle"))?.toString()).toBe("true");
    const pdf = await getDocument({ data: new Uint8Array(pdfs[name] as Uint8Array) }).promise;
    const titles = (items: { title: string; items: unknown[] }[] = []): string[] => items.flatMap((item) => [item.title, ...titles(item.items as never)]);
    const outline = titles((await pdf.getOutline()) as never);
    expect(outline.length).toBeGreaterThanOrEqual(2);
    // The release's first heading is the news; the fact sheet's, the job centre's name.
    expect(outline[0]).toMatch(name === "pressemitteilung.pdf" ? /^Zahl der Bedarfsgemeinschaften seit 2012/ : /^Kommunales Jobcenter Erzgebirgskreis/);
    await pdf.destroy();
  });
});

describe("the fact sheet", () => {
  it("has one page and a chart whose alternative text carries the figures", async () => {
    const pdf = await getDocument({ data: new Uint8Array(pdfs["faktenblatt.pdf"] as Uint8Array) }).promise;
    expect(pdf.numPages).toBe(1);
    const figures: string[] = [];
    const walk = (node: { role?: string; alt?: string; children?: unknown[] }) => {
      if (node.role === "Figure" && node.alt) figures.push(node.alt);
      for (const child of node.children ?? []) walk(child as never);
    };
    walk((await (await pdf.getPage(1)).getStructTree()) as never);
    await pdf.destroy();
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatch(/^Balkendiagramm der Jahresdurchschnitte\. Bedarfsgemeinschaften: 2012 18\.460, 2018 9\.922\. Personen in Bedarfsgemeinschaften: 2012 31\.871, 2018 16\.726\.$/);
  });
});

describe("the same page, printed in a tab that printed other pages before", () => {
  it("comes out byte for byte the same, though Chromium numbers its structure elements on", async () => {
    const [{ openPrinter }, { makePdfA }] = await Promise.all([import("../../src/print/printer.js"), import("../../src/print/make-pdfa.js")]);
    const printer = openPrinter(1);
    try {
      const release = await readFile(join(out, "2018", "pressemitteilung.html"), "utf8");
      const factSheet = await readFile(join(out, "2018", "faktenblatt.html"), "utf8");
      const first = await printer.print(factSheet);
      await printer.print(release);
      const again = await printer.print(factSheet);
      const ids = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1").match(/\(node\d{8}\)/g) ?? [];
      expect(ids(first.pdf).length).toBeGreaterThan(0);
      expect(ids(again.pdf)).not.toEqual(ids(first.pdf)); // Chromium's own numbers run on
      const meta = { title: "t", author: "a", subject: "s", keywords: [], language: "de", date: new Date("2019-01-15T00:00:00Z"), creator: "c", producer: "p" };
      const profile = new Uint8Array(await readFile(join(process.cwd(), "templates/druck/sRGB-IEC61966-2.1.icc")));
      const [a, b] = [makePdfA(first.pdf, meta, profile).pdf, makePdfA(again.pdf, meta, profile).pdf];
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      expect(ids(a)[0]).toBe("(node00000001)");
    } finally {
      await printer.close();
    }
  });
});
