import { Marked, type Token } from "marked";
import { typography } from "../german/typography.js";

const ESCAPED_QUOTES: Record<string, string> = { "&quot;": '"', "&#x27;": "'", "&#39;": "'" };

// Typography touches text only, never code, links' targets or markup.
const marked = new Marked({
  gfm: true,
  walkTokens(token: Token) {
    if ((token.type === "text" || token.type === "escape") && !("tokens" in token && token.tokens)) {
      token.text = typography(token.text.replace(/&quot;|&#x27;|&#39;/g, (entity: string) => ESCAPED_QUOTES[entity] ?? entity));
    }
  },
});

/** Markdown → HTML fragment, with German quotes and no-break spaces in the text. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
