import { Marked } from "marked";

const marked = new Marked({ gfm: true });

/** Markdown → HTML fragment. German typography is applied to the finished page (see typeset.ts). */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
