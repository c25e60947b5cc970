/**
 * A build killed between the two renames of the swap (old folder moved aside, new one not yet moved in), followed by
 * a build that fails: the last good datasets must still be there (issue 22: the next build deleted the backup before
 * it started, and when it failed nothing was left). Real child builds into a temp cache, limited to `plants` and
 * the Kreis boundaries like the concurrency test.
 */
import {existsSync, mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {afterAll, describe, expect, it} from "vitest";

import {sourcesDir} from "../../data-loaders/lib/paths.js";
import {folderFingerprint, runBuild, tempMirror} from "../helpers/mirror.js";

const base = mkdtempSync(join(tmpdir(), "data-cache-crash-"));
const cache = join(base, "data-cache");
const env = {REVIER_DATA_DIR: cache, REVIER_DATASETS: "plants,kreise.topojson"};

afterAll(() => rmSync(base, {recursive: true, force: true}));

describe("a data build killed mid-swap", () => {
  it("leaves the last good datasets in place, even when the next build fails", async () => {
    const good = await runBuild(sourcesDir(), env);
    expect(good.code, good.stderr).toBe(0);
    const lastGood = folderFingerprint(cache);
    expect(Object.keys(lastGood)).toEqual(["kreise.topojson", "plants.parquet"]);

    const killed = await runBuild(sourcesDir(), {...env, REVIER_TEST_CRASH_MID_SWAP: "1"});
    expect(killed.signal).toBe("SIGKILL");
    // The crash state: no data-cache/, the last good folder aside as data-cache.old-<pid>, the new one as .tmp-<pid>.
    expect(existsSync(cache)).toBe(false);
    expect(readdirSync(base).sort()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data-cache\.old-\d+$/),
        expect.stringMatching(/^data-cache\.tmp-\d+$/)
      ])
    );

    // The IWH plant list reduced to its header (recorded in the manifest, as if published so): plants fails.
    const iwh = "kraftwerke/iwh-stark/Kraftwerke.csv";
    const broken = tempMirror({[iwh]: (bytes) => Buffer.from(bytes.toString("utf8").split("\n")[0]! + "\n")}, true);
    const failing = await runBuild(broken, env);
    expect(failing.code).not.toBe(0);
    expect(failing.stderr).toMatch(/Kraftwerke\.csv:line 1, field "nr_KW": found 0 .*\(rule: at least 5000 plants\)/);
    expect(failing.stderr).toMatch(/restored the last good datasets from .*data-cache\.old-\d+/);

    expect(folderFingerprint(cache)).toEqual(lastGood);
    // Nothing left behind but the cache (the lock released, temp and old folders gone).
    expect(readdirSync(base)).toEqual(["data-cache"]);
  }, 300_000);
});
