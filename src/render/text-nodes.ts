/**
 * Walks the text between the tags of a document we generated ourselves (escaped by Handlebars,
 * so no raw "<" or ">" inside attribute values) and lets `change` rewrite each piece of text.
 * Style, script and comments pass untouched.
 */
export interface TextPlace {
  /** Elements open around this text, of those listed in TRACKED. */
  inside: { has(name: string): boolean };
  /** The character before this text in reading order, "" at the start of a block. */
  before: string;
}

const TOKENS = /(<style\b[\s\S]*?<\/style>|<script\b[\s\S]*?<\/script>|<!--[\s\S]*?-->|<[^>]*>)/i;
const TRACKED = new Set(["head", "title", "main", "header", "footer", "a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "th", "svg"]);
/** Inline elements continue the sentence around them; every other tag starts a new block. */
const INLINE = new Set(["a", "em", "strong", "b", "i", "span", "abbr", "sup", "sub", "small", "code", "br"]);

export function mapTextNodes(html: string, change: (text: string, place: TextPlace) => string): string {
  const open = new Map<string, number>();
  // Read live from the counts: a set per piece of text cost more than the typesetting itself.
  const inside = { has: (name: string) => (open.get(name) ?? 0) > 0 };
  let before = "";
  return html
    .split(TOKENS)
    .map((part, index) => {
      if (index % 2 === 1) {
        const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
        if (tag) {
          const [, closing, rawName = ""] = tag;
          const name = rawName.toLowerCase();
          if (!INLINE.has(name)) before = "";
          if (TRACKED.has(name) && !part.endsWith("/>")) open.set(name, (open.get(name) ?? 0) + (closing ? -1 : 1));
        }
        return part;
      }
      if (part === "") return part;
      const changed = change(part, { inside, before });
      before = part.trimEnd() === part ? part.slice(-1) : " ";
      return changed;
    })
    .join("");
}
