// npm run bench: pressemappe against the floor (bare Puppeteer printing the same HTML) and against
// md-to-pdf, on this machine, in one run. Prints medians, ratios and peak memory.
// Options:
//   --runs N        default 3; the single edition runs 3 N times.
//   --gross         also build 407 editions to measure memory (the current pressemappe only).
//   --vergleich DIR before and after in the same run: DIR is another compiled checkout of pressemappe
//                   (has DIR/dist/cli/main.js; e.g. the previous commit in a `git worktree`, built
//                   there with `npm ci && npm run build`). Every pressemappe measurement is made with
//                   DIR's command too, in turn with the current one and the floor.
//   --schnell       no md-to-pdf, and the floor prints with 4 tabs instead of trying 2, 4 and 8: a
//                   quicker before/after comparison. Its results are not the benchmark of record.
// Floor and pressemappe run in turn, so that the machine's drift hits both alike.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { writeFixtures } from "./fixtures.mjs";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" }, gross: { type: "boolean", default: false }, vergleich: { type: "string" }, schnell: { type: "boolean", default: false } },
});
const RUNS = Number(values.runs);
// One edition takes two seconds and this machine's noise is a tenth of that: more runs, in turn.
const RUNS_1 = RUNS * 3;
const root = new URL("..", import.meta.url).pathname;
const baselineDir = values.vergleich === undefined ? undefined : resolve(values.vergleich);
// Before the work folder and the fixtures: a baseline that was never built fails now, not after minutes.
if (baselineDir && !existsSync(join(baselineDir, "dist/cli/main.js"))) {
  console.error(`--vergleich ${values.vergleich}: dist/cli/main.js fehlt – dort erst \`npm ci && npm run build\`.`);
  process.exit(2);
}
const chromium = process.env.PUPPETEER_EXECUTABLE_PATH || "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const work = await mkdtemp(join(tmpdir(), "pressemappe-bench-"));
// The labels the before/after pairs share; the baseline's rows carry its prefix in front.
const COLD_1 = "pressemappe build 2018 (kalt, --force)";
const FORCE_100 = "pressemappe build, 100 Ausgaben (--force)";
const UNCHANGED_100 = "pressemappe build, 100 Ausgaben, nichts geändert";
const HELP = "pressemappe --help";

/**
 * A pressemappe to measure, as the installed command runs it: node with the flags of its #! line.
 * Each writes into output folders of its own, so that the baseline's "nothing changed" build
 * finds its own previous output, not the current one's.
 */
async function pressemappe(dir, prefix, folderPrefix, env) {
  const main = join(dir, "dist/cli/main.js");
  const flags = /\bnode\b(.*)$/.exec((await readFile(main, "utf8")).split("\n", 1)[0])?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
  return { prefix, command: [...flags, main], out1: join(work, `${folderPrefix}aus-1`), out100: join(work, `${folderPrefix}aus-100`), env };
}

/** Runs a command, timing process start to exit and sampling the memory of its process tree. */
function measure(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Every command runs in this checkout, so both pressemappes read the same data/ (the default --data).
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], cwd: root, env });
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
        results[index].push(await measure(spec.command, spec.args, spec.env));
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

/** The same measurement for the current pressemappe and, with --vergleich, for the baseline after it. */
function eachPressemappe(label, args) {
  return contenders.map((pm) => ({ label: `${pm.prefix}${label}`, command: "node", args: [...pm.command, ...args(pm)], env: pm.env }));
}

/** A measurement without the floor: in turn with the baseline when comparing, else as it always ran. */
async function pressemappeAlone(label, args, runs) {
  const specs = eachPressemappe(label, args);
  return baseline ? interleaved(specs, runs) : [await repeat(label, specs[0].command, specs[0].args, runs)];
}

/** The floor's best number of tabs for 200 PDF: pressemappe is held to the floor at its fastest. */
async function fastestFloor() {
  let best = { concurrency: 4, seconds: Infinity };
  for (const concurrency of [2, 4, 8]) {
    const { seconds } = await measure("node", [join(root, "scripts/floor.mjs"), String(concurrency), join(work, "liste-100.txt"), floorOut]);
    process.stderr.write(`  Boden mit ${concurrency} Tabs: ${seconds.toFixed(2)} s\n`);
    if (seconds < best.seconds) best = { concurrency, seconds };
  }
  return best.concurrency;
}

/** Which commit a checkout is at, for the report; nothing if it is not a git checkout. */
async function commitOf(dir) {
  return (await promisify(execFile)("git", ["-C", dir, "rev-parse", "--short", "HEAD"]).catch(() => ({ stdout: "" }))).stdout.trim();
}

process.stderr.write(`Arbeitsordner ${work}\n`);
const current = await pressemappe(root, "", "", undefined);
// The baseline also gets a cache folder of its own: compiled templates are keyed by the version
// number, which a commit does not change, so it would otherwise run on the current one's entries.
const baseline = baselineDir && (await pressemappe(baselineDir, `vorher (${basename(baselineDir)}): `, "vorher-", { ...process.env, PRESSEMAPPE_CACHE: join(work, "cache-vorher") }));
const contenders = baseline ? [current, baseline] : [current];
const folders = await writeFixtures(100, join(work, "daten"));
const out1 = current.out1;
const out100 = current.out100;
const dataArgs = folders.flatMap((folder) => ["--data", folder]);

// pressemappe's own HTML is what the floor prints. The baseline builds once too, untimed, so that
// its caches are as warm as the current one's when the timed runs begin.
for (const pm of contenders) {
  await measure("node", [...pm.command, "build", "2018", "--out", pm.out1, "--force"], pm.env);
  await measure("node", [...pm.command, "build", ...dataArgs, "--out", pm.out100, "--force"], pm.env);
}
const html1 = ["pressemitteilung.html", "faktenblatt.html"].map((name) => join(out1, "2018", name));
const html100 = folders.flatMap((folder) => ["pressemitteilung.html", "faktenblatt.html"].map((name) => join(out100, folder.split("/").at(-1), "2018", name)));
await writeFile(join(work, "liste-1.txt"), html1.join("\n"));
await writeFile(join(work, "liste-100.txt"), html100.join("\n"));
const floorOut = join(work, "boden");
await mkdir(floorOut, { recursive: true });

// md-to-pdf gets the release text as Markdown, the same words pressemappe prints.
const { loadDocumentSet, loadEditions } = await import(join(root, "dist/pipeline/steps.js"));
const { deriveFigures } = await import(join(root, "dist/derive/derive-figures.js"));
const { composeTexts } = await import(join(root, "dist/compose/compose-texts.js"));
const set = await loadDocumentSet();
const mdDir = join(work, "markdown");
await mkdir(mdDir, { recursive: true });
const markdownFiles = [];
for (const [index, folder] of [join(root, "data"), ...folders].entries()) {
  const [{ edition }] = (await loadEditions(folder, [2018])).editions;
  const file = join(mdDir, `${String(index).padStart(3, "0")}.md`);
  await writeFile(file, composeTexts(set.templates, edition, deriveFigures(edition)).pressemitteilung.markdown);
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
      ...eachPressemappe(COLD_1, (pm) => ["build", "2018", "--out", pm.out1, "--force"]),
    ],
    RUNS_1,
  )),
);
if (!values.schnell) rows.push(await repeat("md-to-pdf, 1 Dokument", mdToPdf, [markdownFiles[0], "--launch-options", mdLaunch]));

process.stderr.write(values.schnell ? "100 Ausgaben (200 PDF):\n" : "100 Ausgaben (200 PDF), Gleichzeitigkeit des Bodens:\n");
const concurrency = values.schnell ? 4 : await fastestFloor();
const RUNS_100 = Math.min(RUNS, 3);
rows.push(
  ...(await interleaved(
    [
      { label: `Boden: Puppeteer, 200 PDF, ${concurrency} Tabs`, command: "node", args: [join(root, "scripts/floor.mjs"), String(concurrency), join(work, "liste-100.txt"), floorOut] },
      ...eachPressemappe(FORCE_100, (pm) => ["build", ...dataArgs, "--out", pm.out100, "--force"]),
    ],
    RUNS_100,
  )),
);
if (!values.schnell) {
  rows.push(await repeat("md-to-pdf, 100 Dokumente in einem Aufruf", mdToPdf, [...markdownFiles.slice(1), "--launch-options", mdLaunch], 1));
  // md-to-pdf opens every file at once; in one call 100 documents can run into its 30 s timeout.
  // Ten calls of ten files each is how one would use it for a batch.
  const chunks = Array.from({ length: 10 }, (_, index) => markdownFiles.slice(1 + index * 10, 11 + index * 10));
  const script = join(work, "md-to-pdf-10x10.sh");
  await writeFile(script, chunks.map((files) => `${JSON.stringify(mdToPdf)} ${files.map((file) => JSON.stringify(file)).join(" ")} --launch-options '${mdLaunch}' || exit 1`).join("\n"));
  rows.push(await repeat("md-to-pdf, 100 Dokumente in 10 Aufrufen zu 10", "sh", [script], RUNS_100));
}
// Each pressemappe's last build into its own out100 was its own --force build above: nothing to do.
rows.push(...(await pressemappeAlone(UNCHANGED_100, (pm) => ["build", ...dataArgs, "--out", pm.out100], Math.max(RUNS, 5))));
rows.push(...(await pressemappeAlone(HELP, () => ["--help"], Math.max(RUNS, 5))));

if (values.gross) {
  process.stderr.write("407 Ausgaben (Speicher):\n");
  const many = await writeFixtures(407, join(work, "daten-407"));
  rows.push(await repeat("pressemappe build, 407 Ausgaben", "node", [...current.command, "build", ...many.flatMap((folder) => ["--data", folder]), "--out", join(work, "aus-407"), "--force"], 1));
}

const byLabel = (start) => rows.find((row) => row.label.startsWith(start));
const ratio = (a, b) => (a && b ? (a.seconds / b.seconds).toFixed(2).replace(".", ",") : "–");
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const before = (label) => baseline && byLabel(`${baseline.prefix}${label}`);
const floor1 = byLabel("Boden: Puppeteer, 2 PDF");
const floor100 = byLabel("Boden: Puppeteer, 200 PDF");
const [commitBefore, commitNow] = baseline ? await Promise.all([commitOf(baselineDir), commitOf(root)]) : [];
const lines = [
  `Gemessen am ${new Date().toISOString().slice(0, 10)} auf ${cpus().length} Kernen (${cpus()[0]?.model.trim()}), Node ${process.version}, Median aus ${RUNS} Läufen (je Zeile angegeben).`,
  ...(baseline
    ? [`Vorher: ${baselineDir}${commitBefore ? ` (${commitBefore})` : ""}; nachher: ${root}${commitNow ? ` (Arbeitsstand auf ${commitNow})` : ""}; abwechselnd im selben Lauf gemessen.`]
    : []),
  ...(values.schnell ? ["Schnellvergleich (--schnell): ohne md-to-pdf, Boden fest mit 4 Tabs – nicht die maßgebliche Messung."] : []),
  "",
  "| Messung | Median | Läufe | Spitze Node | Spitze Chromium |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...rows.map((row) => `| ${row.label} | ${row.seconds.toFixed(2)} s | ${row.runs} | ${mb(row.node)} MB | ${mb(row.chromium)} MB |`),
  "",
  `| Verhältnis | Wert | Ziel |`,
  `| --- | ---: | ---: |`,
  `| pressemappe / Boden, 1 Ausgabe | ${ratio(byLabel(COLD_1), floor1)} | ≤ 1,15 |`,
  ...(baseline ? [`| vorher / Boden, 1 Ausgabe | ${ratio(before(COLD_1), floor1)} | ≤ 1,15 |`] : []),
  `| pressemappe / Boden, 100 Ausgaben | ${ratio(byLabel(FORCE_100), floor100)} | ≤ 1,10 |`,
  ...(baseline ? [`| vorher / Boden, 100 Ausgaben | ${ratio(before(FORCE_100), floor100)} | ≤ 1,10 |`] : []),
  ...(values.schnell
    ? []
    : [
        `| md-to-pdf / pressemappe, 1 | ${ratio(byLabel("md-to-pdf, 1"), byLabel(COLD_1))} | – |`,
        `| md-to-pdf (10 × 10) / pressemappe, 100 | ${ratio(byLabel("md-to-pdf, 100 Dokumente in 10"), byLabel(FORCE_100))} | ≥ 2 |`,
      ]),
  // Below 1: the change made it faster.
  ...(baseline ? [COLD_1, FORCE_100, UNCHANGED_100, HELP].map((label) => `| nachher / vorher, ${label.replace(/^pressemappe /, "")} | ${ratio(byLabel(label), before(label))} | – |`) : []),
];
console.log(lines.join("\n").replaceAll(/(\d)\.(\d\d) s/g, "$1,$2 s"));
await rm(work, { recursive: true, force: true });
