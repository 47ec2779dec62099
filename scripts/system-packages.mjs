// System packages for printing and for looking at PDFs, installed with apt-get on Debian/Ubuntu.
// Only Node built-ins: setup runs it before node_modules exists.

/** How long setup waits for another package manager (on a fresh VM: the boot-time update) to finish. */
export const APT_LOCK_TIMEOUT_S = 300;
const RETRY_S = 5;

/**
 * Installs what is missing of Chromium and poppler-utils, as root on a system with apt-get; says what
 * to run otherwise. `run(command, args)` runs a command and stops setup if it fails; `attempt` runs
 * one and returns `{ ok, output }`; `sleep(seconds)` waits.
 */
export function installSystemPackages({ missing, platform, isRoot, hasAptGet, run, attempt, sleep, log }) {
  if (missing.length === 0 || platform !== "linux" || !hasAptGet) return;
  if (!isRoot) {
    log(`Hinweis: ${missing.join(", ")} fehlt. Mit Root-Rechten: apt-get install -y ${missing.join(" ")}`);
    return;
  }
  log(`Installiere ${missing.join(", ")}. Läuft gerade ein anderes apt-get, wartet die Einrichtung bis zu ${APT_LOCK_TIMEOUT_S / 60} Minuten darauf.`);
  // Right after boot an automatic update often holds apt's locks. apt-get waits for the dpkg lock
  // when told to (DPkg::Lock::Timeout), but `update` gives up at once on the lock of its package
  // lists: that one is retried here.
  const wait = ["-o", `DPkg::Lock::Timeout=${APT_LOCK_TIMEOUT_S}`];
  for (let waited = 0; ; waited += RETRY_S) {
    const update = attempt("apt-get", [...wait, "update", "-qq"]);
    if (update.ok) break;
    if (!/Could not get lock|\/var\/lib\/apt\/lists\/lock/i.test(update.output) || waited >= APT_LOCK_TIMEOUT_S) {
      log(`Einrichtung abgebrochen: „apt-get update“ ist fehlgeschlagen.\n${update.output}`);
      throw new Error("apt-get update");
    }
    if (waited === 0) log("Ein anderes apt-get hält gerade die Paketlisten gesperrt; warte …");
    sleep(RETRY_S);
  }
  run("apt-get", [...wait, "install", "-y", "-qq", ...missing]);
}
