import { Lexer, type Token, type Tokens } from "marked";
import { germanQuotes, keepTogether } from "../german/typography.js";
import { unescapeHtml as decodeEntities } from "../html-entities.js";

export const LINE_WIDTH = 76;

/**
 * Markdown → plain text for e-mail: no Markdown syntax, German typography, lines of at most 76
 * characters, paragraphs separated by a blank line, links written out.
 */
export function markdownToPlainText(markdown: string): string {
  const blocks = Lexer.lex(markdown).flatMap((token) => block(token));
  return blocks.join("\n\n");
}

function block(token: Token): string[] {
  switch (token.type) {
    case "heading":
    case "paragraph":
      return [wrap(inline((token as Tokens.Paragraph).tokens))];
    case "list":
      return [(token as Tokens.List).items.map((item) => wrap(inline(item.tokens), "– ", "  ")).join("\n")];
    case "blockquote":
      return (token as Tokens.Blockquote).tokens.flatMap(block);
    case "text":
      return [wrap(inline((token as Tokens.Text).tokens ?? [token]))];
    case "hr":
      return ["—".repeat(20)];
    default:
      return [];
  }
}

function inline(tokens: Token[] = []): string {
  const text = tokens
    .map((token): string => {
      switch (token.type) {
        case "strong":
        case "em":
        case "del":
          return inline((token as Tokens.Strong).tokens);
        case "link": {
          const link = token as Tokens.Link;
          const label = inline(link.tokens);
          const target = link.href.replace(/^mailto:/, "");
          return label === target ? label : `${label} <${target}>`;
        }
        case "br":
          return "\n";
        case "codespan":
          return (token as Tokens.Codespan).text;
        case "text":
          return "tokens" in token && token.tokens ? inline(token.tokens) : decodeEntities(token.text);
        case "escape":
          return decodeEntities(token.text);
        default:
          return "raw" in token ? decodeEntities(token.raw) : "";
      }
    })
    .join("");
  return germanQuotes(keepTogether(text));
}

/** Greedy wrapping at spaces; no-break spaces hold, and become plain spaces afterwards. */
export function wrap(text: string, first = "", rest = ""): string {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = lines.length === 0 ? first : rest;
    let empty = true;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      if (!empty && line.length + 1 + word.length > LINE_WIDTH) {
        lines.push(line);
        line = rest + word;
      } else {
        line += (empty ? "" : " ") + word;
      }
      empty = false;
    }
    lines.push(line);
  }
  return lines.map((line) => line.replace(/[\u00a0\u202f]/g, " ")).join("\n");
}
