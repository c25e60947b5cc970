/**
 * The manifest cannot be side-stepped (issue 22): readers open only the files MANIFEST.csv lists, an unlisted sibling
 * matching a reader's pattern is refused, and the hash cache notices a same-size edit whose mtime was set back.
 * Real mirror files are copied into temp folders; the manifests written here list them as the mirror's does.
 */
import {createHash} from "node:crypto";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {describe, expect, it} from "vitest";

import {SourceError} from "../../../data-loaders/lib/errors.js";
import {fileSha256} from "../../../data-loaders/lib/manifest.js";
import {listedMatch, requireListed} from "../../../data-loaders/lib/manifest-listing.js";
import {sourcePath} from "../../../data-loaders/lib/paths.js";
import {readGenesisTable} from "../../../data-loaders/sources/genesis-flat-csv.js";

const TABLE = "genesis-api-2026/tablefiles/61511-01-03-4";
const CSV = "00_61511-01-03-4_1773175078131_de_flat.csv";

/** A mirror holding the 61511 table folder, with a MANIFEST.csv that lists its two files. */
function mirrorWithTable(): {root: string; dir: string} {
  const root = mkdtempSync(join(tmpdir(), "revier-listing-"));
  const dir = join(root, TABLE);
  mkdirSync(dir, {recursive: true});
  const lines = ["path,bytes,sha256"];
  for (const name of [CSV, "01_table.json"]) {
    copyFileSync(sourcePath(`${TABLE}/${name}`), join(dir, name));
    const bytes = readFileSync(join(dir, name));
    lines.push(`${TABLE}/${name},${bytes.length},${createHash("sha256").update(bytes).digest("hex")}`);
  }
  writeFileSync(join(root, "MANIFEST.csv"), lines.join("\n") + "\n");
  return {root, dir};
}

function thrown(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error("expected a SourceError");
}

describe("readers open only listed files", () => {
  it("an extra, unlisted *_de_flat.csv in a table folder is refused, not read instead of the listed one", () => {
    const {dir} = mirrorWithTable();
    expect(readGenesisTable(dir).data.file).toBe(CSV);
    // Sorted before the listed file, so the old reader (first match) read it.
    const intruder = "00_61511-01-03-4_0000000000000_de_flat.csv";
    writeFileSync(join(dir, intruder), readFileSync(join(dir, CSV), "utf8").replace(/;23,97;/, ";239,70;"));
    const error = thrown(() => readGenesisTable(dir));
    expect(error.file).toBe(join(dir, intruder));
    expect(error.message).toMatch(/matches \*_de_flat\.csv but is not listed in .*MANIFEST\.csv/);
    expect(error.rule).toBe("readers open only files listed in MANIFEST.csv");
  });

  it("outside a mirror, two matching files are an error naming both (the reader would have to guess)", () => {
    const dir = mkdtempSync(join(tmpdir(), "revier-listing-"));
    writeFileSync(join(dir, "00_a_de_flat.csv"), "");
    writeFileSync(join(dir, "00_b_de_flat.csv"), "");
    expect(() => listedMatch(dir, /_de_flat\.csv$/, "*_de_flat.csv")).toThrow(
      /2 files match \*_de_flat\.csv \(00_a_de_flat\.csv, 00_b_de_flat\.csv\)/
    );
  });

  it("a file the manifest does not list is refused by path; a listed file and its folder pass", () => {
    const {root, dir} = mirrorWithTable();
    writeFileSync(join(dir, "notes.txt"), "x");
    expect(() => requireListed(join(dir, CSV))).not.toThrow();
    expect(() => requireListed(dir)).not.toThrow();
    expect(thrown(() => requireListed(join(dir, "notes.txt"))).message).toContain(
      `not listed in ${join(root, "MANIFEST.csv")}`
    );
  });
});

describe("hash cache", () => {
  it("re-hashes a same-size edit whose mtime was set back to the original", () => {
    const dir = mkdtempSync(join(tmpdir(), "revier-hash-"));
    const file = join(dir, "12411.csv");
    writeFileSync(file, "15084;173684\n");
    // A whole second, so that setting it back restores exactly the mtime the cache remembered.
    const stamp = new Date("2026-03-10T12:00:00Z");
    utimesSync(file, stamp, stamp);
    const cache = {};
    const before = fileSha256(file, cache);
    writeFileSync(file, "15084;173685\n"); // same size
    utimesSync(file, stamp, stamp);
    expect([statSync(file).mtimeMs, statSync(file).size]).toEqual([stamp.getTime(), 13]);
    const after = fileSha256(file, cache);
    expect(after).not.toBe(before);
    expect(after).toBe(createHash("sha256").update("15084;173685\n").digest("hex"));
  });
});
