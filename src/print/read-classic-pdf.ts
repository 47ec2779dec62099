/** One indirect object as it sits in the file. */
export interface PdfObject {
  number: number;
  generation: number;
  /** The object's bytes from "N G obj" up to the next object, as written. */
  bytes: Buffer;
  /** The object's value as text (a stream's dictionary only). */
  value: string;
  /** A stream object's "stream … endobj" bytes; undefined for other objects. */
  stream?: Buffer;
}

export interface ClassicPdf {
  /** "%PDF-1.x" and the binary comment, up to the first object. */
  header: Buffer;
  /** In file order. */
  objects: Map<number, PdfObject>;
  trailer: { size: number; root: number; info?: number };
}

/**
 * Reads the one-revision, classic cross-reference layout that Chromium (Skia) writes: objects by
 * their offsets, stream data left as bytes. Anything else (cross-reference streams, object streams,
 * incremental updates, encryption) is refused rather than guessed at.
 */
export function readClassicPdf(data: Uint8Array): ClassicPdf {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const tail = bytes.toString("latin1", Math.max(0, bytes.length - 64));
  const xrefOffset = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1] ?? Number.NaN);
  if (!Number.isInteger(xrefOffset) || bytes.toString("latin1", xrefOffset, xrefOffset + 4) !== "xref") unsupported("keine klassische Querverweistabelle");
  const trailerStart = bytes.indexOf("trailer", xrefOffset, "latin1");
  if (trailerStart < 0) unsupported("kein Trailer");

  const offsets: { number: number; generation: number; offset: number }[] = [];
  const table = bytes.toString("latin1", xrefOffset + 4, trailerStart);
  const section = /(\d+)\s+(\d+)\s*[\r\n]+/y;
  const entry = /(\d{10}) (\d{5}) ([nf])\s*[\r\n]+/y;
  let at = table.search(/\S/);
  while (at >= 0 && at < table.length) {
    section.lastIndex = at;
    const head = section.exec(table);
    if (!head) unsupported("Querverweistabelle nicht lesbar");
    entry.lastIndex = section.lastIndex;
    for (let index = 0; index < Number(head[2]); index++) {
      const row = entry.exec(table);
      if (!row) unsupported("Querverweistabelle nicht lesbar");
      if (row[3] === "n") offsets.push({ number: Number(head[1]) + index, generation: Number(row[2]), offset: Number(row[1]) });
    }
    at = entry.lastIndex;
    while (at < table.length && /\s/.test(table.charAt(at))) at++;
  }

  const trailerText = bytes.toString("latin1", trailerStart);
  if (/\/(Prev|Encrypt|XRefStm)\b/.test(trailerText)) unsupported("mehrere Fassungen oder Verschlüsselung");
  const ref = (key: string) => {
    const match = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(trailerText);
    return match ? Number(match[1]) : undefined;
  };
  const size = Number(/\/Size\s+(\d+)/.exec(trailerText)?.[1]);
  const root = ref("Root");
  if (!Number.isInteger(size) || root === undefined) unsupported("Trailer ohne /Size oder /Root");

  offsets.sort((a, b) => a.offset - b.offset);
  const objects = new Map<number, PdfObject>();
  for (const [index, { number, generation, offset }] of offsets.entries()) {
    const end = offsets[index + 1]?.offset ?? xrefOffset;
    objects.set(number, readObject(bytes.subarray(offset, end), number, generation));
  }
  const first = offsets[0]?.offset ?? xrefOffset;
  return { header: bytes.subarray(0, first), objects, trailer: { size, root, info: ref("Info") } };
}

function readObject(chunk: Buffer, number: number, generation: number): PdfObject {
  const head = /^(\d+)\s+(\d+)\s+obj\b/.exec(chunk.toString("latin1", 0, 32));
  if (!head || Number(head[1]) !== number) unsupported(`Objekt ${number} steht nicht an seinem Platz`);
  const end = chunk.lastIndexOf("endobj");
  if (end < 0) unsupported(`Objekt ${number} ohne endobj`);
  const streamStart = chunk.lastIndexOf("endstream", end) < 0 ? -1 : streamKeyword(chunk);
  const value = chunk.toString("latin1", head[0].length, streamStart < 0 ? end : streamStart).trim();
  return { number, generation, bytes: chunk, value, stream: streamStart < 0 ? undefined : chunk.subarray(streamStart) };
}

/** The "stream" keyword right after the dictionary (">>", whitespace, "stream", end of line). */
function streamKeyword(chunk: Buffer): number {
  for (let at = chunk.indexOf("stream"); at >= 0; at = chunk.indexOf("stream", at + 1)) {
    if (/>>\s*$/.test(chunk.toString("latin1", Math.max(0, at - 8), at)) && /^stream\r?\n/.test(chunk.toString("latin1", at, at + 8))) return at;
  }
  return unsupported("Datenstrom ohne Wörterbuch");
}

function unsupported(what: string): never {
  throw new Error(`Chromium lieferte ein PDF in unerwarteter Form (${what}); die Archivfassung (PDF/A) lässt sich daraus nicht bilden`);
}
