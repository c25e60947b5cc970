/**
 * The data build on a temp copy of the source mirror (REVIER_SOURCES) with one malformed file: unchanged files are
 * symlinked, so a copy costs nothing. Each run must exit non-zero, say file, line, field and rule (or the MANIFEST
 * mismatch), and leave data/ byte-identical. The malformed file's MANIFEST.csv entry is updated where the test
 * is about meaning (as if upstream had published the bad file), and left as it is for the sha256 test.
 * The population dataset is built first, so these runs fail within its reads; reader-level cases for every other
 * class are in test/unit/sources/malformed-inputs.test.ts.
 */
import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {describe, expect, it} from "vitest";

import {DATA_DIR, projectRoot, sourcesDir} from "../../data-loaders/lib/paths.js";

const MIRROR = sourcesDir();

/** sha256 of every file in data/ (empty if the folder does not exist). */
function cacheFingerprint(): Record<string, string> {
  if (!existsSync(DATA_DIR)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(DATA_DIR).sort()) {
    out[name] = createHash("sha256")
      .update(readFileSync(join(DATA_DIR, name)))
      .digest("hex");
  }
  return out;
}

/**
 * A temp mirror: every entry symlinked except along the paths of `mutations` (relative path → new bytes), where
 * real folders hold symlinks to the siblings and the mutated file itself.
 */
function tempMirror(mutations: Record<string, (bytes: Buffer) => Buffer>, updateManifest: boolean): string {
  const root = mkdtempSync(join(tmpdir(), "revier-sources-"));
  const mutatedDirs = new Set<string>();
  for (const path of Object.keys(mutations)) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) mutatedDirs.add(parts.slice(0, i).join("/"));
  }
  const link = (relative: string) => {
    const target = join(root, relative);
    for (const name of readdirSync(join(MIRROR, relative))) {
      const child = relative ? `${relative}/${name}` : name;
      if (child === "MANIFEST.csv" || child in mutations) continue;
      if (mutatedDirs.has(child)) {
        mkdirSync(join(root, child));
        link(child);
      } else symlinkSync(join(MIRROR, child), join(target, name));
    }
  };
  link("");
  let manifest = readFileSync(join(MIRROR, "MANIFEST.csv"), "utf8");
  for (const [path, mutate] of Object.entries(mutations)) {
    const bytes = mutate(readFileSync(join(MIRROR, path)));
    writeFileSync(join(root, path), bytes);
    if (updateManifest) {
      const sha = createHash("sha256").update(bytes).digest("hex");
      manifest = manifest.replace(
        new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},\\d+,[0-9a-f]{64},`, "m"),
        `${path},${bytes.length},${sha},`
      );
    }
  }
  writeFileSync(join(root, "MANIFEST.csv"), manifest);
  return root;
}

/** Runs `npm run data` (tsx data-loaders/build-all.ts) on a mirror; resolves with exit code and stderr. */
function runBuild(sources: string): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "data-loaders/build-all.ts"], {
      cwd: projectRoot,
      env: {...process.env, REVIER_SOURCES: sources, REVIER_SOURCES_LIVE: join(sources, "no-live-refresh")},
      stdio: ["ignore", "ignore", "pipe"]
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({code, stderr}));
  });
}

const GENESIS_CSV = "genesis-api-2026/tablefiles/12411-01-01-4/00_12411-01-01-4_1773175772751_de_flat.csv";
const negativeBurgenlandkreis = (bytes: Buffer) =>
  Buffer.from(
    bytes
      .toString("utf8")
      .replace(
        ";Burgenlandkreis;GES;Geschlecht;;Insgesamt;173684;",
        ";Burgenlandkreis;GES;Geschlecht;;Insgesamt;-173684;"
      )
  );

describe("data build on malformed copies of the mirror", () => {
  it("a file that differs from MANIFEST.csv fails the build before any reader, as a sha256 mismatch", async () => {
    const before = cacheFingerprint();
    const {code, stderr} = await runBuild(tempMirror({[GENESIS_CSV]: negativeBurgenlandkreis}, false));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      /00_12411-01-01-4_1773175772751_de_flat\.csv, field "sha256": does not match MANIFEST\.csv sha256 \(MANIFEST\.csv line \d+/
    );
    expect(cacheFingerprint()).toEqual(before);
  }, 120_000);

  it("a negative count in the GENESIS flat CSV (recorded in the manifest) fails with file, line, field, rule", async () => {
    const before = cacheFingerprint();
    const {code, stderr} = await runBuild(tempMirror({[GENESIS_CSV]: negativeBurgenlandkreis}, true));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      /00_12411-01-01-4_1773175772751_de_flat\.csv:line \d+, field "value": found -173684 \(rule: counts are whole numbers ≥ 0\)/
    );
    expect(cacheFingerprint()).toEqual(before);
  }, 600_000);

  it("a Kreis code without its leading zero (1001) fails with file, line, field, rule, not ignored", async () => {
    const before = cacheFingerprint();
    const relative = "regionalstatistik-2017/12411-01-01-4_00.csv";
    const mutate = (bytes: Buffer) => Buffer.from(bytes.toString("latin1").replace("\n01001;", "\n1001;"), "latin1");
    const {code, stderr} = await runBuild(tempMirror({[relative]: mutate}, true));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      /12411-01-01-4_00\.csv:line 11, field "code": expected a 2-, 3-, 5- or 8-digit code or DG, found "1001" \(rule: region codes/
    );
    expect(cacheFingerprint()).toEqual(before);
  }, 600_000);
});
