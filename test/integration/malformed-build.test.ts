/**
 * The data build on a temp copy of the source mirror (REVIER_SOURCES) with one malformed file: unchanged files are
 * symlinked, so a copy costs nothing. Each run must exit non-zero, say file, line, field and rule (or the MANIFEST
 * mismatch), and leave data/ byte-identical. The malformed file's MANIFEST.csv entry is updated where the test
 * is about meaning (as if upstream had published the bad file), and left as it is for the sha256 test.
 * The population dataset is built first, so these runs fail within its reads; reader-level cases for every other
 * class are in test/unit/sources/malformed-inputs.test.ts.
 */
import {describe, expect, it} from "vitest";

import {DATA_DIR} from "../../data-loaders/lib/paths.js";
import {folderFingerprint, runBuild, tempMirror} from "../helpers/mirror.js";

const cacheFingerprint = () => folderFingerprint(DATA_DIR);

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
