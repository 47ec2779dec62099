import { PDFDocument, PDFName, PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { makePdfA, type PdfMetadata } from "../../src/print/make-pdfa.js";
import { readClassicPdf } from "../../src/print/read-classic-pdf.js";

const META: PdfMetadata = {
  title: "Zahl der Bedarfsgemeinschaften „nahezu halbiert“ – Jobcenter Ä Ö Ü ß",
  author: "Landratsamt (Presse)",
  subject: "Jahresbilanz",
  keywords: ["SGB II", "Jobcenter"],
  language: "de",
  date: new Date("2019-01-15T00:00:00Z"),
  creator: "pressemappe test",
  producer: "pressemappe test (Chromium 1)",
};
const PROFILE = new Uint8Array(128).fill(7);

/** A classic one-revision PDF, like Chromium's, with the flaws PDF/A forbids: a hidden annotation and a group without colour space. */
async function classicPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < pages; index++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Seite ${index + 1}`, { x: 50, y: 700 });
    page.node.set(PDFName.of("Group"), doc.context.obj({ Type: "Group", S: "Transparency" }));
    const annotation = doc.context.register(doc.context.obj({ Type: "Annot", Subtype: "Link", F: 2, Rect: [0, 0, 10, 10] }));
    page.node.set(PDFName.of("Annots"), doc.context.obj([annotation]));
  }
  return doc.save({ useObjectStreams: false });
}

describe("readClassicPdf", () => {
  it("finds every object at its offset and the trailer's references", async () => {
    const pdf = await classicPdf();
    const read = readClassicPdf(pdf);
    expect(read.header.toString("latin1")).toMatch(/^%PDF-1\.\d/);
    expect(read.objects.size).toBe(read.trailer.size - 1);
    for (const object of read.objects.values()) expect(object.bytes.toString("latin1")).toMatch(new RegExp(`^${object.number} 0 obj`));
    expect(read.objects.get(read.trailer.root)?.value).toMatch(/\/Type \/Catalog/);
    const stream = [...read.objects.values()].find((object) => object.stream);
    expect(stream?.stream?.toString("latin1")).toMatch(/^stream\r?\n[\s\S]*endstream\s*endobj\s*$/);
  });

  it("refuses cross-reference streams and object streams instead of guessing", async () => {
    const doc = await PDFDocument.load(await classicPdf());
    const compact = await doc.save({ useObjectStreams: true });
    expect(() => readClassicPdf(compact)).toThrow(/Chromium lieferte ein PDF in unerwarteter Form \(keine klassische Querverweistabelle\)/);
  });

  it("refuses an incrementally updated file", async () => {
    const pdf = Buffer.from(await classicPdf());
    const previous = /startxref\s+(\d+)/.exec(pdf.toString("latin1").slice(-40))?.[1];
    const update = `1 0 obj\n<<>>\nendobj\n`;
    const xref = pdf.length + update.length;
    const appended = Buffer.concat([pdf, Buffer.from(`${update}xref\n1 1\n${String(pdf.length).padStart(10, "0")} 00000 n \ntrailer\n<</Size 9 /Root 1 0 R /Prev ${previous}>>\nstartxref\n${xref}\n%%EOF\n`, "latin1")]);
    expect(() => readClassicPdf(appended)).toThrow(/mehrere Fassungen/);
  });

  it("refuses bytes that are no PDF", () => {
    expect(() => readClassicPdf(new TextEncoder().encode("<html>kein PDF</html>"))).toThrow(/unerwarteter Form/);
  });
});

describe("makePdfA on a hand-made PDF", () => {
  it("writes Info, XMP, output intent and ID, and repairs annotations and groups", async () => {
    const { pdf, pages } = makePdfA(await classicPdf(3), META, PROFILE);
    expect(pages).toBe(3);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getTitle()).toBe(META.title);
    expect(doc.getAuthor()).toBe(META.author);
    expect(doc.getKeywords()).toBe("SGB II, Jobcenter");
    expect(doc.getCreationDate()?.toISOString()).toBe("2019-01-15T00:00:00.000Z");
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(de)");
    expect(doc.catalog.get(PDFName.of("Metadata"))).toBeInstanceOf(PDFRef);
    expect(doc.catalog.get(PDFName.of("OutputIntents"))?.toString()).toMatch(/^\[ \d+ 0 R \]$/);
    expect(String(doc.context.trailerInfo.ID)).toMatch(/^\[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]$/);
    const text = Buffer.from(pdf).toString("latin1");
    expect(text.match(/\/F 4\b/g)).toHaveLength(3);
    expect(text.match(/\/CS \/DeviceRGB/g)).toHaveLength(3);
    expect(text).not.toMatch(/\/F 2\b/);
  });

  it("is deterministic, and the ID follows the content", async () => {
    const source = await classicPdf();
    const first = Buffer.from(makePdfA(source, META, PROFILE).pdf);
    expect(Buffer.from(makePdfA(source, META, PROFILE).pdf).equals(first)).toBe(true);
    const other = Buffer.from(makePdfA(source, { ...META, title: "Anders" }, PROFILE).pdf);
    const id = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString("latin1"))?.[1];
    expect(id(other)).not.toBe(id(first));
  });
});
