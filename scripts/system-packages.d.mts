export declare const APT_LOCK_TIMEOUT_S: number;
export declare function installSystemPackages(options: {
  missing: readonly string[];
  platform: string;
  isRoot: boolean;
  hasAptGet: boolean;
  run: (command: string, args: string[]) => void;
  attempt: (command: string, args: string[]) => { ok: boolean; output: string };
  sleep: (seconds: number) => void;
  log: (line: string) => void;
}): void;
