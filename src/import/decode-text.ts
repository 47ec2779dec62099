/**
 * Spreadsheet exports come as UTF-8 (often with a BOM) or as Windows-1252 from older Excel.
 * UTF-8 is tried strictly first; bytes that are not valid UTF-8 are read as Windows-1252.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: "UTF-8" | "Windows-1252" } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "Windows-1252" };
  }
}

// Node 20's TextDecoder("windows-1252") decodes 0x80–0x9F as ISO-8859-1 control characters,
// losing the en dash, the euro sign and the German quotes; these are the real code points.
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
