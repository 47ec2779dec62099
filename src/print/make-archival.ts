import { createHash } from "node:crypto";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from "pdf-lib";

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** "de" */
  language: string;
  /** Date of the release: CreationDate and ModDate, never the clock, so rebuilds are identical. */
  date: Date;
  /** "pressemappe 0.1.0" */
  creator: string;
  producer: string;
}

/**
 * Turns Chromium's tagged PDF into PDF/A-2b: Info and XMP metadata that agree, an sRGB output
 * intent, a document ID derived from the content, print flags on annotations and a blending
 * colour space on transparency groups. The structure tree and the outline pass through untouched.
 */
export async function makeArchival(chromiumPdf: Uint8Array, meta: PdfMetadata, srgbProfile: Uint8Array): Promise<{ pdf: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false });
  const { context, catalog } = doc;

  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  // One string, comma-separated: keywords like "SGB II" contain spaces.
  doc.setKeywords([meta.keywords.join(", ")]);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage(meta.language);

  // Chromium stamps the clock into its Info dictionary; the ID hashes everything but that.
  const clockless = Buffer.from(chromiumPdf).toString("latin1").replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, "");
  const id = createHash("sha256").update(clockless, "latin1").update(JSON.stringify(meta)).digest("hex").slice(0, 32);
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);

  const xmp = new TextEncoder().encode(xmpPacket(meta, id));
  catalog.set(PDFName.of("Metadata"), context.register(context.stream(xmp, { Type: "Metadata", Subtype: "XML" })));

  const profile = context.register(context.flateStream(srgbProfile, { N: 3 }));
  const intent = context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1"),
    Info: PDFString.of("sRGB IEC61966-2.1"),
    DestOutputProfile: profile,
  });
  catalog.set(PDFName.of("OutputIntents"), context.obj([context.register(intent)]));

  for (const page of doc.getPages()) {
    const group = page.node.lookupMaybe(PDFName.of("Group"), PDFDict);
    if (group && !group.has(PDFName.of("CS"))) group.set(PDFName.of("CS"), PDFName.of("DeviceRGB"));
    const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (let index = 0; index < (annotations?.size() ?? 0); index++) {
      // PDF/A: every annotation is printed (flag 4) and never hidden.
      annotations?.lookupMaybe(index, PDFDict)?.set(PDFName.of("F"), PDFNumber.of(4));
    }
  }

  const pdf = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  return { pdf, pages: doc.getPageCount() };
}

function xmpPacket(meta: PdfMetadata, id: string): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const uuid = `uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${xml(meta.keywords.join(", "))}</pdf:Keywords>
   <pdf:Producer>${xml(meta.producer)}</pdf:Producer>
   <xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmpMM:DocumentID>${uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${uuid}</xmpMM:InstanceID>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
