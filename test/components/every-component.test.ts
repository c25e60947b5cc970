import {existsSync, readdirSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

import {describe, expect, it} from "vitest";

// The test tree mirrors src/components: every module there has test/components/<Name>.test.ts (a snapshot test of
// what it renders, or for db.ts and embed.ts, which render nothing, a test of what they compute).
const here = dirname(fileURLToPath(import.meta.url));
const components = join(here, "..", "..", "src", "components");

describe("src/components", () => {
  it("has a test/components/<Name>.test.ts for every module", () => {
    const modules = readdirSync(components).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith(".d.ts"));
    expect(modules.length).toBeGreaterThan(20);
    const untested = modules.filter((f) => !existsSync(join(here, f.replace(/\.(ts|js)$/, ".test.ts"))));
    expect(untested, "components without test/components/<Name>.test.ts").toEqual([]);
  });
});
