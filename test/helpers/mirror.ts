import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {projectRoot, sourcesDir} from "../../data-loaders/lib/paths.js";

/**
 * A temp copy of the source mirror for whole-build tests: every entry symlinked except along the paths of
 * `mutations` (relative path → new bytes, or null to delete the file), where real folders hold symlinks to the
 * siblings and the mutated file itself. With `updateManifest` the MANIFEST.csv entry is made true to the mutated
 * file (as if the publisher had changed it); `extra` adds files that MANIFEST.csv does not list.
 */
export function tempMirror(
  mutations: Record<string, ((bytes: Buffer) => Buffer) | null>,
  updateManifest: boolean,
  extra: Record<string, Buffer> = {}
): string {
  const mirror = sourcesDir();
  const root = mkdtempSync(join(tmpdir(), "revier-sources-"));
  const mutatedDirs = new Set<string>();
  for (const path of [...Object.keys(mutations), ...Object.keys(extra)]) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) mutatedDirs.add(parts.slice(0, i).join("/"));
  }
  const link = (relative: string) => {
    const target = join(root, relative);
    for (const name of readdirSync(join(mirror, relative))) {
      const child = relative ? `${relative}/${name}` : name;
      if (child === "MANIFEST.csv" || child in mutations) continue;
      if (mutatedDirs.has(child)) {
        mkdirSync(join(root, child));
        link(child);
      } else symlinkSync(join(mirror, child), join(target, name));
    }
  };
  link("");
  let manifest = readFileSync(join(mirror, "MANIFEST.csv"), "utf8");
  for (const [path, mutate] of Object.entries(mutations)) {
    if (mutate === null) continue;
    const bytes = mutate(readFileSync(join(mirror, path)));
    writeFileSync(join(root, path), bytes);
    if (updateManifest) {
      const sha = createHash("sha256").update(bytes).digest("hex");
      manifest = manifest.replace(
        new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},\\d+,[0-9a-f]{64},`, "m"),
        `${path},${bytes.length},${sha},`
      );
    }
  }
  for (const [path, bytes] of Object.entries(extra)) writeFileSync(join(root, path), bytes);
  writeFileSync(join(root, "MANIFEST.csv"), manifest);
  return root;
}

/** sha256 of every file in a folder (empty if it does not exist). */
export function folderFingerprint(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash("sha256")
      .update(readFileSync(join(dir, name)))
      .digest("hex");
  }
  return out;
}

/**
 * Runs the data build (tsx data-loaders/build-all.ts) as a child process on a mirror; resolves with exit code,
 * signal and stderr. `env` adds variables (REVIER_DATA_DIR, REVIER_DATASETS …).
 */
export function runBuild(
  sources: string,
  env: Record<string, string> = {}
): Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "data-loaders/build-all.ts"], {
      cwd: projectRoot,
      env: {...process.env, REVIER_SOURCES: sources, REVIER_SOURCES_LIVE: join(sources, "no-live-refresh"), ...env},
      stdio: ["ignore", "ignore", "pipe"]
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code, signal) => resolve({code, signal, stderr}));
  });
}
