/** A path as it is typed into a shell: quoted when it holds a space, a quote or a dollar sign. */
export function shellArgument(path: string): string {
  return /[\s"'$`\\]/.test(path) ? `"${path.replace(/(["\\$`])/g, "\\$1")}"` : path;
}

/** The folder options of a call that differ from the defaults, so advice repeats them and acts on the same folders. */
export function folderOptions({ dataDirs, outDir, templatesDir }: { dataDirs: readonly string[]; outDir: string; templatesDir: string | undefined }): string {
  const data = dataDirs.length === 1 && dataDirs[0] === "data" ? [] : dataDirs.map((dir) => ` --data ${shellArgument(dir)}`);
  return [...data, outDir !== "output" ? ` --out ${shellArgument(outDir)}` : "", templatesDir ? ` --templates ${shellArgument(templatesDir)}` : ""].join("");
}
