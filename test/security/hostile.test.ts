import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "puppeteer";
import { loadDocumentSet, renderEdition } from "../../src/pipeline/steps.js";
import { startBrowser } from "../../src/print/launch-browser.js";
import { PagePool } from "../../src/print/page-pool.js";
import { validateEdition } from "../../src/validate/validate-edition.js";
import { copyDataFolder, readExample } from "../helpers/data-folder.js";
import { runCli } from "../helpers/run-cli.js";

const publisherText = await readExample("herausgeber.yaml");
const example = await readExample("2018.yaml");
const set = await loadDocumentSet();
const paragraph = (markdown: string) => example.replace(/absaetze:[\s\S]*$/, `absaetze:\n  - ${JSON.stringify(markdown)}\n`);
const quote = (text: string) => example.replace(/    text: Das Jobcenter[^\n]*/, `    text: ${JSON.stringify(text)}`);

/** Hostile data: each must come out as harmless text, or be refused with a German message. */
const CORPUS: [name: string, edition: string, publisher?: string][] = [
  ["script tag in a quote", quote("<script>alert(1)</script>Wir helfen.")],
  ["event handler in a quote", quote('<img src=x onerror="alert(1)">')],
  ["javascript: link", paragraph("[Klick](javascript:alert(1))")],
  ["data: link", paragraph("[Daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")],
  ["iframe", paragraph('<iframe src="http://evil.example/"></iframe>')],
  ["Markdown image from a remote host", paragraph("![Bild](http://evil.example/x.png)")],
  ["HTML image from a remote host", paragraph('<img src="http://evil.example/x.png">')],
  ["CSS url() in a style attribute", paragraph('<div style="background:url(http://evil.example/x.png)">x</div>')],
  ["style element with a remote url()", paragraph("<style>body{background:url(http://evil.example/y.png)}</style>")],
  ["Handlebars expression in a quote", quote("{{jobcenter.name}} und {{{herausgeber.name}}}")],
  ["Handlebars block in a paragraph", paragraph("{{#each zitate}}X{{/each}} {{> layout}}")],
  ["file: link", paragraph("[Passwörter](file:///etc/passwd)")],
  ["link with onclick", paragraph('<a href="http://evil.example" onclick="alert(1)">x</a>')],
  ["svg with onload", paragraph("<svg onload=alert(1)><circle r=5></circle></svg>")],
  ["object element", paragraph('<object data="http://evil.example/x.swf"></object>')],
  ["stylesheet link", paragraph("<link rel=stylesheet href=http://evil.example/x.css>")],
  ["meta refresh", paragraph('<meta http-equiv="refresh" content="0;url=http://evil.example">')],
  ["form", paragraph("<form action=http://evil.example><input name=x></form>")],
  ["base element", paragraph('<base href="http://evil.example/">')],
  ["autoplaying video", paragraph("<video src=http://evil.example/v.mp4 autoplay></video>")],
  ["javascript: autolink", paragraph("<javascript:alert(1)>")],
  ["mutation XSS", paragraph("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")],
  ["protocol-relative link", paragraph("[x](//evil.example/weg)")],
  ["script in the boilerplate", example, publisherText.replace(/ueber: >-[\s\S]*$/, 'ueber: "<script src=http://evil.example/x.js></script>Über uns"\n')],
  ["markup in the job centre's name", example.replace("  name: Kommunales Jobcenter Erzgebirgskreis\n  gegruendet", '  name: "Jobcenter <b onmouseover=alert(1)>X</b>"\n  gegruendet')],
  ["attribute breakout in a speaker's name", example.replace("  - name: Frank Reißmann", '  - name: "\\"><script>alert(1)</script>"')],
];

const REFUSED: [name: string, edition: string, publisher: string, message: string][] = [
  ["bidi override in a name", example.replace("  - name: Frank Reißmann", '  - name: "Frank \\u202eReißmann"'), publisherText, "Steuerzeichen für die Schreibrichtung"],
  ["logo path leaving the data folder", example, `${publisherText}\nlogo: ../../etc/passwd.svg\n`, "logo: muss der Name einer SVG-Datei im Datenordner sein"],
  ["javascript: as e-mail address", example, publisherText.replace("presse@example.org", "javascript:alert(1)"), "email: muss eine E-Mail-Adresse sein"],
];

const ACTIVE = [
  /<script/i,
  /<(iframe|object|embed|form|base|video|link|input)\b/i,
  /<meta http-equiv="refresh"/i,
  /\son[a-z]+\s*=/i,
  /(href|src)\s*=\s*["']?\s*(javascript|data:text|file|\/\/)/i,
  // A link to a web address is a link, not a request; nothing may *load* from there.
  /\s(src|action|data|background|poster|srcset)\s*=\s*["']?[^"'>]*evil\.example/i,
  /url\(\s*["']?(https?:|\/\/)/i,
];

function render(editionText: string, publisher = publisherText) {
  const result = validateEdition({ file: "data/herausgeber.yaml", text: publisher }, { file: "data/2018.yaml", text: editionText });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("; "));
  return renderEdition(set, result.value).pages;
}

const chromium = startBrowser();
let browser: Browser;
let pool: PagePool;
beforeAll(async () => {
  browser = await chromium.ready;
  pool = new PagePool(browser, 4);
});
afterAll(() => chromium.close());

describe("hostile text stays text", () => {
  it("has a corpus of at least 25 hostile files", () => expect(CORPUS.length + REFUSED.length).toBeGreaterThanOrEqual(25));

  it.each(CORPUS)("%s: no active content in HTML, no request while printing", async (_name, edition, publisher) => {
    for (const page of render(edition, publisher)) {
      for (const html of [page.html, page.printHtml()]) {
        // Only markup can act: escaped text such as "&lt;script&gt;" is what the reader should see.
        const markup = (html.slice(html.indexOf("</head>")).match(/<[a-zA-Z][^>]*>/g) ?? []).join("\n");
        for (const pattern of ACTIVE) expect(markup).not.toMatch(pattern);
        expect(markup).not.toMatch(/<style/i);
      }
      const { blocked } = await pool.print(page.printHtml());
      expect(blocked).toEqual([]);
    }
  });

  it("prints Handlebars expressions from the data as the characters typed", () => {
    const [release] = render(quote("{{jobcenter.name}} und {{{herausgeber.name}}}"));
    expect(release?.html).toContain("{{jobcenter.name}} und {{{herausgeber.name}}}");
  });

  it.each(REFUSED)("%s is refused in German", (_name, edition, publisher, message) => {
    const result = validateEdition({ file: "data/herausgeber.yaml", text: publisher }, { file: "data/2018.yaml", text: edition });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => `${problem.field.join(".")}: ${problem.message}`).join("\n")).toContain(message);
  });

  it("counts and blocks a request a trusted template would make", async () => {
    const [release] = render(example);
    const withImage = (release?.printHtml() ?? "").replace("<main", '<img src="http://example.invalid/zaehler.png" alt=""><main');
    // A fresh tab: a reused one keeps the Content-Security-Policy of the documents before it
    // (setContent rewrites the document, it does not navigate), which would stop the image earlier.
    const { blocked } = await new PagePool(browser, 1).print(withImage.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""));
    expect(blocked, JSON.stringify(blocked)).toEqual(["http://example.invalid/zaehler.png"]);
  });
});

describe("paths from the data stay inside their folders", () => {
  it("refuses a year that is a path", async () => {
    const result = await runCli(["build", "../../etc"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("„../../etc“ ist kein Berichtsjahr");
  });

  it("does not follow links out of the data folder, for data files or the logo", async () => {
    const data = await copyDataFolder();
    const outside = await mkdtemp(join(tmpdir(), "pressemappe-draussen-"));
    try {
      await writeFile(join(outside, "geheim.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><text>geheim</text></svg>");
      await writeFile(join(outside, "2019.yaml"), example.replace("berichtsjahr: 2018", "berichtsjahr: 2019"));
      await symlink(join(outside, "geheim.svg"), join(data.dir, "logo.svg"));
      await symlink(join(outside, "2019.yaml"), join(data.dir, "2019.yaml"));
      await data.edit("herausgeber.yaml", (text) => `${text}\nlogo: logo.svg\n`);
      const result = await runCli(["check", "--data", data.dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/2019\.yaml: Die Datei verweist aus dem Datenordner hinaus/);
      expect(result.stderr).toMatch(/logo\.svg: Die Datei verweist aus dem Datenordner hinaus/);
    } finally {
      await data.remove();
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("writes nothing outside the output folder but the cache the README names", async () => {
    // The places a build could write to, each empty and its own: home, temp folder, working folder.
    const parent = await mkdtemp(join(tmpdir(), "pressemappe-eltern-"));
    const [home, temp, cwd] = [join(parent, "heim"), join(parent, "temp"), join(parent, "arbeit")] as const;
    const data = await copyDataFolder();
    try {
      await Promise.all([home, temp, cwd].map((dir) => mkdir(dir)));
      const before = await snapshotFolder(data.dir);
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, TMPDIR: temp };
      delete env.PRESSEMAPPE_CACHE;
      delete env.XDG_CACHE_HOME;
      const result = await runCli(["build", "2018", "--data", data.dir, "--out", join(parent, "ausgabe")], { env, cwd });
      expect(result.code, result.stderr).toBe(0);
      expect((await readdir(parent)).sort()).toEqual(["arbeit", "ausgabe", "heim", "temp"]);
      expect((await readdir(join(parent, "ausgabe"))).sort()).toEqual(["2018", "index.html"]);
      // Chromium's shared-memory files can outlive a killed Chromium (README, "Nicht abgedeckt").
      const leftInTemp = (await readdir(temp)).filter((name) => !/^\.org\.chromium\.Chromium\.\w+$/.test(name));
      expect(leftInTemp, "the Chromium profile and its socket folder are gone").toEqual([]);
      expect(await readdir(cwd)).toEqual([]);
      const inHome = (await readdir(home, { recursive: true })).sort();
      expect(inHome.filter((path) => !/^\.cache(\/pressemappe(\/(stand|vorlagen)(\/[0-9a-f]{32}\.json)?)?)?$/.test(path))).toEqual([]);
      expect(await snapshotFolder(data.dir)).toEqual(before);
    } finally {
      await Promise.all([rm(parent, { recursive: true, force: true }), data.remove()]);
    }
  });
});

async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name)).then((bytes) => bytes.toString("base64"), () => "Ordner")])));
}
