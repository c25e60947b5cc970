import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {join} from "node:path";

import {describe, expect, it} from "vitest";

import {projectRoot} from "../../data-loaders/lib/paths.js";

// Pages (*.md) are neither type-checked nor linted, so a merge conflict left in one would only show as a broken
// page in the browser test, if at all (a Kreis profile carried one for a while). Every tracked text file is checked.
describe("the repository", () => {
  it("holds no merge-conflict markers in any tracked file", () => {
    const files = execFileSync("git", ["ls-files"], {cwd: projectRoot, encoding: "utf8"})
      .split("\n")
      .filter((f) => /\.(md|ts|js|json|css|html|yml|yaml|sh)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const marked = files.filter((f) => /^(<{7} |>{7} |={7}$)/m.test(readFileSync(join(projectRoot, f), "utf8")));
    expect(marked).toEqual([]);
  });
});
