// npm run bench: pressemappe against the floor (bare Puppeteer printing the same HTML) and against
// md-to-pdf, on this machine, in one run. Prints medians, ratios and peak memory.
// Options: --runs N (default 3; the single edition runs 3 N times), --gross (also build 407 editions to measure memory).
// Floor and pressemappe run in turn, so that the machine's drift hits both alike.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeFixtures } from "./fixtures.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, gross: { type: "boolean", default: false } } });
const RUNS = Number(values.runs);
// One edition takes two seconds and this machine's noise is a tenth of that: more runs, in turn.
const RUNS_1 = RUNS * 3;
const root = new URL("..", import.meta.url).pathname;
// pressemappe as the installed command runs it: with the Node flags of its #! line.
const cli = join(root, "dist/cli/main.js");
const nodeFlags = /\bnode\b(.*)$/.exec((await readFile(cli, "utf8")).split("\n", 1)[0])?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
const chromium = process.env.PUPPETEER_EXECUTABLE_PATH || "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const work = await mkdtemp(join(tmpdir(), "pressemappe-bench-"));

/** Runs a command, timing process start to exit and sampling the memory of its process tree. */
function measure(command, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], cwd: root });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const peak = { node: 0, chromium: 0 };
    const timer = setInterval(async () => {
      const tree = await processTree(child.pid);
      peak.node = Math.max(peak.node, tree.node);
      peak.chromium = Math.max(peak.chromium, tree.chromium);
    }, 250);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${command} ${args.slice(0, 3).join(" ")} … exit ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ seconds, ...peak });
    });
  });
}

/** RSS of the process itself and of the Chromium processes below it, from /proc (field 24 of stat, in pages). */
async function processTree(rootPid) {
  const stats = new Map();
  for (const name of await readdir("/proc").catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, "utf8").catch(() => "");
    const match = /^\d+ \((.*)\) (.*)$/s.exec(stat);
    if (!match) continue;
    const fields = match[2].split(" ");
    stats.set(Number(name), { comm: match[1], ppid: Number(fields[1]), rss: Number(fields[21]) * 4096 });
  }
  const inTree = (pid) => {
    for (let current = pid; current > 1; current = stats.get(current)?.ppid ?? 0) if (current === rootPid) return true;
    return false;
  };
  let node = 0;
  let chrome = 0;
  for (const [pid, info] of stats) {
    if (!inTree(pid)) continue;
    if (pid === rootPid) node = info.rss;
    else if (/chrom/i.test(info.comm)) chrome += info.rss;
  }
  return { node, chromium: chrome };
}

/** Runs several measurements in turn, run after run, so the machine's drift hits each alike. */
async function interleaved(specs, runs) {
  const results = specs.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, spec] of specs.entries()) {
      try {
        results[index].push(await measure(spec.command, spec.args));
      } catch (error) {
        process.stderr.write(`  ${spec.label}: fehlgeschlagen – ${String(error.message).slice(0, 300)}\n`);
      }
    }
  }
  return specs.map((spec, index) => {
    const sorted = [...results[index]].sort((a, b) => a.seconds - b.seconds);
    if (sorted.length === 0) return { label: `${spec.label} – **fehlgeschlagen**`, seconds: Number.NaN, node: 0, chromium: 0, runs };
    const row = { label: spec.label, seconds: sorted[Math.floor(sorted.length / 2)].seconds, node: Math.max(...sorted.map((r) => r.node)), chromium: Math.max(...sorted.map((r) => r.chromium)), runs: sorted.length };
    process.stderr.write(`  ${spec.label}: ${row.seconds.toFixed(2)} s (${sorted.map((r) => r.seconds.toFixed(2)).join(" ")})\n`);
    return row;
  });
}

async function repeat(label, command, args, runs = RUNS, before = async () => {}) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    await before();
    try {
      results.push(await measure(command, args));
    } catch (error) {
      process.stderr.write(`  ${label}: fehlgeschlagen – ${String(error.message).split("\n").slice(0, 8).join(" ").slice(0, 300)}\n`);
      return { label: `${label} – **fehlgeschlagen**`, seconds: Number.NaN, node: 0, chromium: 0, runs: run + 1 };
    }
  }
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
  const median = sorted[Math.floor(sorted.length / 2)];
  const row = { label, seconds: median.seconds, node: Math.max(...results.map((r) => r.node)), chromium: Math.max(...results.map((r) => r.chromium)), runs };
  process.stderr.write(`  ${label}: ${row.seconds.toFixed(2)} s\n`);
  return row;
}

process.stderr.write(`Arbeitsordner ${work}\n`);
const folders = await writeFixtures(100, join(work, "daten"));
const out1 = join(work, "aus-1");
const out100 = join(work, "aus-100");
const dataArgs = folders.flatMap((folder) => ["--data", folder]);

// pressemappe's own HTML is what the floor prints.
await measure("node", [...nodeFlags, cli, "build", "2018", "--out", out1, "--force"]);
await measure("node", [...nodeFlags, cli, "build", ...dataArgs, "--out", out100, "--force"]);
const html1 = ["pressemitteilung.html", "faktenblatt.html"].map((name) => join(out1, "2018", name));
const html100 = folders.flatMap((folder) => ["pressemitteilung.html", "faktenblatt.html"].map((name) => join(out100, folder.split("/").at(-1), "2018", name)));
await writeFile(join(work, "liste-1.txt"), html1.join("\n"));
await writeFile(join(work, "liste-100.txt"), html100.join("\n"));
const floorOut = join(work, "boden");
await mkdir(floorOut, { recursive: true });

// md-to-pdf gets the release text as Markdown, the same words pressemappe prints.
const { loadDocumentSet, loadEditions } = await import(join(root, "dist/pipeline.js"));
const { deriveFigures } = await import(join(root, "dist/derive/derive-figures.js"));
const { writeTexts } = await import(join(root, "dist/write/write-texts.js"));
const set = await loadDocumentSet();
const mdDir = join(work, "markdown");
await mkdir(mdDir, { recursive: true });
const markdownFiles = [];
for (const [index, folder] of [join(root, "data"), ...folders].entries()) {
  const { editions } = await loadEditions(folder, [2018]);
  const file = join(mdDir, `${String(index).padStart(3, "0")}.md`);
  await writeFile(file, writeTexts(set.templates, editions[0], deriveFigures(editions[0])).pressemitteilung.markdown);
  markdownFiles.push(file);
}
const mdLaunch = JSON.stringify({ executablePath: chromium, args: ARGS, pipe: true });
const mdToPdf = join(root, "node_modules/.bin/md-to-pdf");

const rows = [];
process.stderr.write("Eine Ausgabe (2 PDF):\n");
rows.push(
  ...(await interleaved(
    [
      { label: "Boden: Puppeteer, 2 PDF", command: "node", args: [join(root, "scripts/floor.mjs"), "2", join(work, "liste-1.txt"), floorOut] },
      { label: "pressemappe build 2018 (kalt, --force)", command: "node", args: [...nodeFlags, cli, "build", "2018", "--out", out1, "--force"] },
    ],
    RUNS_1,
  )),
);
rows.push(await repeat("md-to-pdf, 1 Dokument", mdToPdf, [markdownFiles[0], "--launch-options", mdLaunch]));

process.stderr.write("100 Ausgaben (200 PDF), Gleichzeitigkeit des Bodens:\n");
let best = { concurrency: 4, seconds: Infinity };
for (const concurrency of [2, 4, 8]) {
  const { seconds } = await measure("node", [join(root, "scripts/floor.mjs"), String(concurrency), join(work, "liste-100.txt"), floorOut]);
  process.stderr.write(`  Boden mit ${concurrency} Tabs: ${seconds.toFixed(2)} s\n`);
  if (seconds < best.seconds) best = { concurrency, seconds };
}
const RUNS_100 = Math.min(RUNS, 3);
rows.push(
  ...(await interleaved(
    [
      { label: `Boden: Puppeteer, 200 PDF, ${best.concurrency} Tabs`, command: "node", args: [join(root, "scripts/floor.mjs"), String(best.concurrency), join(work, "liste-100.txt"), floorOut] },
      { label: "pressemappe build, 100 Ausgaben (--force)", command: "node", args: [...nodeFlags, cli, "build", ...dataArgs, "--out", out100, "--force"] },
    ],
    RUNS_100,
  )),
);
rows.push(await repeat("md-to-pdf, 100 Dokumente in einem Aufruf", mdToPdf, [...markdownFiles.slice(1), "--launch-options", mdLaunch], 1));
// md-to-pdf opens every file at once; in one call 100 documents can run into its 30 s timeout.
// Ten calls of ten files each is how one would use it for a batch.
const chunks = Array.from({ length: 10 }, (_, index) => markdownFiles.slice(1 + index * 10, 11 + index * 10));
const script = join(work, "md-to-pdf-10x10.sh");
await writeFile(script, chunks.map((files) => `${JSON.stringify(mdToPdf)} ${files.map((file) => JSON.stringify(file)).join(" ")} --launch-options '${mdLaunch}' || exit 1`).join("\n"));
rows.push(await repeat("md-to-pdf, 100 Dokumente in 10 Aufrufen zu 10", "sh", [script], RUNS_100));
rows.push(await repeat("pressemappe build, 100 Ausgaben, nichts geändert", "node", [...nodeFlags, cli, "build", ...dataArgs, "--out", out100], Math.max(RUNS, 5)));
rows.push(await repeat("pressemappe --help", "node", [...nodeFlags, cli, "--help"], Math.max(RUNS, 5)));

if (values.gross) {
  process.stderr.write("407 Ausgaben (Speicher):\n");
  const many = await writeFixtures(407, join(work, "daten-407"));
  rows.push(await repeat("pressemappe build, 407 Ausgaben", "node", [...nodeFlags, cli, "build", ...many.flatMap((folder) => ["--data", folder]), "--out", join(work, "aus-407"), "--force"], 1));
}

const byLabel = (start) => rows.find((row) => row.label.startsWith(start));
const ratio = (a, b) => (a && b ? (a.seconds / b.seconds).toFixed(2).replace(".", ",") : "–");
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const lines = [
  `Gemessen am ${new Date().toISOString().slice(0, 10)} auf ${cpus().length} Kernen (${cpus()[0]?.model.trim()}), Node ${process.version}, Median aus ${RUNS} Läufen (je Zeile angegeben).`,
  "",
  "| Messung | Median | Läufe | Spitze Node | Spitze Chromium |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...rows.map((row) => `| ${row.label} | ${row.seconds.toFixed(2)} s | ${row.runs} | ${mb(row.node)} MB | ${mb(row.chromium)} MB |`),
  "",
  `| Verhältnis | Wert | Ziel |`,
  `| --- | ---: | ---: |`,
  `| pressemappe / Boden, 1 Ausgabe | ${ratio(byLabel("pressemappe build 2018"), byLabel("Boden: Puppeteer, 2 PDF"))} | ≤ 1,15 |`,
  `| pressemappe / Boden, 100 Ausgaben | ${ratio(byLabel("pressemappe build, 100 Ausgaben (--force)"), byLabel("Boden: Puppeteer, 200 PDF"))} | ≤ 1,10 |`,
  `| md-to-pdf / pressemappe, 1 | ${ratio(byLabel("md-to-pdf, 1"), byLabel("pressemappe build 2018"))} | – |`,
  `| md-to-pdf (10 × 10) / pressemappe, 100 | ${ratio(byLabel("md-to-pdf, 100 Dokumente in 10"), byLabel("pressemappe build, 100 Ausgaben (--force)"))} | ≥ 2 |`,
];
console.log(lines.join("\n").replaceAll(/(\d)\.(\d\d) s/g, "$1,$2 s"));
await rm(work, { recursive: true, force: true });
