import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { readClassicPdf, type PdfObject } from "./read-classic-pdf.js";

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
 * colour space on transparency groups.
 *
 * Chromium writes one revision with a classic cross-reference table, so the file is rewritten
 * object by object: the catalog and Info are replaced, three objects are added, everything else
 * (pages, fonts, structure tree, outline) is copied byte for byte. A general PDF library parsed and
 * re-serialised every object instead, which cost more than printing the page.
 */
export function makePdfA(chromiumPdf: Uint8Array, meta: PdfMetadata, srgbProfile: Uint8Array): { pdf: Uint8Array; pages: number } {
  const source = readClassicPdf(chromiumPdf);
  const { trailer, objects } = source;
  const catalog = objects.get(trailer.root);
  if (!catalog) throw new Error("Chromium-PDF ohne Katalog");
  const infoNumber = trailer.info ?? trailer.size;
  const [xmpNumber, profileNumber, intentNumber] = [0, 1, 2].map((index) => Math.max(trailer.size, infoNumber + 1) + index) as [number, number, number];

  const renumber = canonicalNodeIds(objects);
  const replaced = new Map<number, string>();
  for (const object of objects.values()) {
    const fixed = fixForArchive(renumber(object.value));
    if (fixed !== object.value) replaced.set(object.number, fixed);
  }
  // Chromium stamps the clock into its Info dictionary; the ID hashes everything but that.
  const hash = createHash("sha256");
  for (const object of objects.values()) {
    if (object.number === trailer.info) continue;
    const own = renumber(object.value) === object.value ? object.bytes : Buffer.from(renumber(object.bytes.toString("latin1")), "latin1");
    hash.update(own);
  }
  const id = hash.update(JSON.stringify(meta)).digest("hex").slice(0, 32);
  replaced.set(infoNumber, infoDictionary(meta));
  replaced.set(catalog.number, archivalCatalog(catalog, meta.language, xmpNumber, intentNumber));

  const xmp = Buffer.from(xmpPacket(meta, id), "utf8");
  const profile = compressed(srgbProfile);
  const added = [
    { number: xmpNumber, bytes: streamObject(xmpNumber, `<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>`, xmp) },
    { number: profileNumber, bytes: streamObject(profileNumber, `<</N 3 /Filter /FlateDecode /Length ${profile.length}>>`, profile) },
    {
      number: intentNumber,
      bytes: plainObject(
        intentNumber,
        `<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile ${profileNumber} 0 R>>`,
      ),
    },
  ];

  const parts: Buffer[] = [source.header];
  const offsets = new Map<number, number>();
  let length = source.header.length;
  const append = (number: number, bytes: Buffer) => {
    offsets.set(number, length);
    parts.push(bytes);
    length += bytes.length;
  };
  for (const object of objects.values()) {
    const value = replaced.get(object.number);
    append(object.number, value === undefined ? object.bytes : rewritten(object, value));
  }
  if (!objects.has(infoNumber)) append(infoNumber, plainObject(infoNumber, infoDictionary(meta)));
  for (const { number, bytes } of added) append(number, bytes);

  const size = intentNumber + 1;
  const entries = ["0000000000 65535 f \n"];
  for (let number = 1; number < size; number++) {
    const offset = offsets.get(number);
    entries.push(offset === undefined ? "0000000000 65535 f \n" : `${String(offset).padStart(10, "0")} ${String(objects.get(number)?.generation ?? 0).padStart(5, "0")} n \n`);
  }
  const tail = `xref\n0 ${size}\n${entries.join("")}trailer\n<</Size ${size} /Root ${catalog.number} 0 R /Info ${infoNumber} 0 R /ID [<${id}> <${id}>]>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(tail, "latin1"));
  return { pdf: new Uint8Array(Buffer.concat(parts)), pages: pageCount(source.objects, catalog) };
}

/**
 * Chromium names structure elements after DOM node IDs, which count on across every document a tab
 * has shown: the same page printed in a reused tab came out with other IDs, and so other bytes.
 * Numbered by rank, the IDs depend on the document alone, and keep their order.
 */
function canonicalNodeIds(objects: ReadonlyMap<number, PdfObject>): (text: string) => string {
  const pattern = /\(node(\d{8})\)/g;
  const seen = new Set<number>();
  for (const object of objects.values()) for (const match of object.value.matchAll(pattern)) seen.add(Number(match[1]));
  const rank = new Map([...seen].sort((a, b) => a - b).map((number, index) => [number, index + 1]));
  return (text) => text.replace(pattern, (_, digits: string) => `(node${String(rank.get(Number(digits))).padStart(8, "0")})`);
}

function archivalCatalog(catalog: PdfObject, language: string, xmp: number, intent: number): string {
  let dict = catalog.value;
  if (!dict.startsWith("<<") || !dict.endsWith(">>") || /\/(Metadata|OutputIntents)\b/.test(dict)) throw new Error("Chromium-PDF mit unerwartetem Katalog");
  dict = dict.slice(0, -2).replace(/\/Lang\s*\((?:[^()\\]|\\.)*\)/, "");
  if (!/\/DisplayDocTitle\s+true/.test(dict)) {
    if (/\/ViewerPreferences\s*<</.test(dict)) dict = dict.replace(/\/ViewerPreferences\s*<</, "/ViewerPreferences <</DisplayDocTitle true ");
    else if (/\/ViewerPreferences/.test(dict)) throw new Error("Chromium-PDF mit unerwartetem Katalog");
    else dict += "\n/ViewerPreferences <</DisplayDocTitle true>>";
  }
  return `${dict}\n/Lang ${literal(language)}\n/Metadata ${xmp} 0 R\n/OutputIntents [${intent} 0 R]>>`;
}

/** PDF/A: annotations are printed (flag 4) and never hidden; transparency groups name their blending space. */
function fixForArchive(text: string): string {
  let fixed = text;
  if (/\/Type\s*\/Annot\b/.test(fixed) && !/\/F\s+4\b/.test(fixed)) {
    fixed = /\/F\s+\d+/.test(fixed) ? fixed.replace(/\/F\s+\d+/, "/F 4") : fixed.replace(/^\s*<</, "<</F 4 ");
  }
  return fixed.replace(/\/Group\s*<<((?:(?!>>)[\s\S])*?\/S\s*\/Transparency(?:(?!>>)[\s\S])*?)>>/g, (group: string, inner: string) =>
    /\/CS\b/.test(inner) ? group : `/Group <<${inner} /CS /DeviceRGB>>`,
  );
}

function pageCount(objects: ReadonlyMap<number, PdfObject>, catalog: PdfObject): number {
  const pages = /\/Pages\s+(\d+)\s+\d+\s+R/.exec(catalog.value)?.[1];
  const count = pages === undefined ? undefined : /\/Count\s+(\d+)/.exec(objects.get(Number(pages))?.value ?? "")?.[1];
  if (count === undefined) throw new Error("Chromium-PDF ohne Seitenbaum");
  return Number(count);
}

function infoDictionary(meta: PdfMetadata): string {
  const date = `(D:${meta.date.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z)`;
  return [
    `<</Title ${utf16(meta.title)}`,
    `/Author ${utf16(meta.author)}`,
    `/Subject ${utf16(meta.subject)}`,
    // One string, comma-separated: keywords like "SGB II" contain spaces.
    `/Keywords ${utf16(meta.keywords.join(", "))}`,
    `/Creator ${utf16(meta.creator)}`,
    `/Producer ${utf16(meta.producer)}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}>>`,
  ].join("\n");
}

/** A text string as UTF-16BE with byte order mark: umlauts and quotes survive every reader. */
function utf16(text: string): string {
  const bytes = Buffer.from(text, "utf16le").swap16();
  return `<FEFF${bytes.toString("hex").toUpperCase()}>`;
}

function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

function plainObject(number: number, body: string, generation = 0): Buffer {
  return Buffer.from(`${number} ${generation} obj\n${body}\nendobj\n`, "latin1");
}

/** An object with a new value; a stream keeps its data. */
function rewritten(object: PdfObject, value: string): Buffer {
  const head = Buffer.from(`${object.number} ${object.generation} obj\n${value}\n`, "latin1");
  return Buffer.concat([head, object.stream ?? Buffer.from("endobj\n", "latin1")]);
}

function streamObject(number: number, dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${number} 0 obj\n${dict} stream\n`, "latin1"), data, Buffer.from("\nendstream\nendobj\n", "latin1")]);
}

/** The colour profile is the same for every PDF of a build: compressed once. */
const compressedProfiles = new WeakMap<Uint8Array, Buffer>();
function compressed(profile: Uint8Array): Buffer {
  let bytes = compressedProfiles.get(profile);
  if (!bytes) compressedProfiles.set(profile, (bytes = deflateSync(profile, { level: 9 })));
  return bytes;
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
