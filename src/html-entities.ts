/** The entities Handlebars and marked write for escaped text, back to characters. */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&#x60;": "`", "&#x3D;": "=" };

export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39|#x60|#x3D);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Only the quote entities: for text that stays HTML but needs real quote characters to set German ones. */
export function unescapeQuotes(text: string): string {
  return text.replace(/&quot;|&#x27;|&#39;/g, (entity) => ENTITIES[entity] ?? entity);
}
