import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true });

/**
 * What a press document may contain. Text from the data arrives here HTML-escaped by Handlebars;
 * this allow-list is the second wall: whatever marked makes of the Markdown, nothing active passes
 * (no script, no event handler, no frame, no image from elsewhere, links only to web and mail).
 */
const PRESS_HTML: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote", "h1", "h2", "h3", "h4", "hr", "code", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title"], th: ["scope", "colspan", "rowspan"], td: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/** Markdown → sanitised HTML fragment. German typography is applied to the finished page (see typeset.ts). */
export function markdownToHtml(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }), PRESS_HTML);
}
