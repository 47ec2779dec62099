import Handlebars from "handlebars";
import type { FontFile } from "../load/read-templates.js";

/** The print style with its fonts inlined: Chromium ignores file:// fonts after setContent, data: URLs always load. */
export function inlineStyle(css: string, fonts: readonly FontFile[]): string {
  const faces = fonts.map(
    (font) =>
      `@font-face { font-family: "${font.family}"; font-weight: ${font.weight}; font-style: ${font.style}; font-display: block; ` +
      `src: url(data:font/woff2;base64,${font.woff2.toString("base64")}) format("woff2"); }`,
  );
  return [...faces, css].join("\n");
}

const STYLE_SLOT = "/* pressemappe: stil */";

/**
 * The style (fonts included, most of a page's bytes) joins a page after typesetting, which need
 * not read it: templates get this placeholder, and `withStyle` fills it in at the end.
 */
export const styleSlot = new Handlebars.SafeString(STYLE_SLOT);

export function withStyle(html: string, style: string): string {
  return html.replace(STYLE_SLOT, () => style);
}
