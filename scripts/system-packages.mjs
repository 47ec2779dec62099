// System packages for printing and for looking at PDFs, installed with apt-get on Debian/Ubuntu.
// Only Node built-ins: setup runs it before node_modules exists.

/** How long apt-get waits for another package manager (on a fresh VM: the boot-time update) to finish. */
export const APT_LOCK_TIMEOUT_S = 300;

/**
 * Installs what is missing of Chromium and poppler-utils, as root on a system with apt-get; says what
 * to run otherwise. `run(command, args)` runs a command and stops setup if it fails.
 */
export function installSystemPackages({ missing, platform, isRoot, hasAptGet, run, log }) {
  if (missing.length === 0 || platform !== "linux" || !hasAptGet) return;
  if (!isRoot) {
    log(`Hinweis: ${missing.join(", ")} fehlt. Mit Root-Rechten: apt-get install -y ${missing.join(" ")}`);
    return;
  }
  // Right after boot an automatic update often holds the dpkg lock: apt-get waits for it instead of giving up.
  const wait = ["-o", `DPkg::Lock::Timeout=${APT_LOCK_TIMEOUT_S}`];
  log(`Installiere ${missing.join(", ")}. Läuft gerade ein anderes apt-get, wartet die Einrichtung bis zu ${APT_LOCK_TIMEOUT_S / 60} Minuten darauf.`);
  run("apt-get", [...wait, "update", "-qq"]);
  run("apt-get", [...wait, "install", "-y", "-qq", ...missing]);
}
