import { unescapeHtml } from "../html-entities.js";

export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
}

/** The page's own head is the one source of its metadata; the PDF's Info and XMP repeat it. */
export function readMetadata(html: string): DocumentMetadata {
  const head = html.slice(0, html.indexOf("</head>"));
  const meta = (name: string) => unescapeHtml(new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(head)?.[1] ?? "");
  return {
    title: unescapeHtml(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? "").trim(),
    author: meta("author"),
    subject: meta("description"),
    keywords: meta("keywords").split(",").map((keyword) => keyword.trim()).filter(Boolean),
    language: /<html lang="([^"]+)"/.exec(html)?.[1] ?? "de",
  };
}

/** The text of the page's first heading: on the press release, its headline. */
export function readHeadline(html: string): string {
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";
  // Only the layout's white space is collapsed: the typeset no-break spaces stay.
  return unescapeHtml(inner.replace(/<[^>]*>/g, "")).replace(/[ \t\r\n]+/g, " ").trim();
}
