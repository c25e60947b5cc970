/**
 * Global setup of the browser test: builds the site exactly as a user would (`npm run build`), with networking
 * disabled (`unshare -rn`: a new network namespace with only a loopback device) so that any attempt to reach
 * jsDelivr, the npm registry or DuckDB's extension server fails the build. Set E2E_SKIP_BUILD=1 to test an
 * existing dist/ (for quick local iteration only; CI always builds).
 */
import {spawnSync} from "node:child_process";

import {projectRoot} from "../../data-loaders/lib/paths.js";

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === "1" && !process.env.CI) return;
  const offline = spawnSync("unshare", ["-rn", "true"]).status === 0;
  if (!offline) {
    if (process.env.CI) throw new Error("unshare -rn is not available: cannot prove the build works offline");
    console.warn("unshare -rn not available here: building with network access");
  }
  const command = offline ? ["unshare", "-rn", "npm", "run", "build"] : ["npm", "run", "build"];
  const started = Date.now();
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf-8"
  });
  if (result.status !== 0) {
    throw new Error(
      `${command.join(" ")} failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`
    );
  }
  console.log(`site built ${offline ? "without network " : ""}in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
