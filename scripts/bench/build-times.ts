/**
 * Build times (only with `--build-times`; the bench builds nothing by default): the data build from a cold
 * cache and the site build from a clean tree, each timed as a child process of this repository.
 */
import {spawnSync} from "node:child_process";
import {rmSync} from "node:fs";
import {join} from "node:path";

export interface BuildTimes {
  dataSeconds: number;
  siteSeconds: number;
}

function timed(root: string, command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, {cwd: root, stdio: ["ignore", "pipe", "pipe"], encoding: "utf-8"});
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`
    );
  }
  return (performance.now() - started) / 1000;
}

/**
 * Removes data/ and Framework's loader cache, then times `npx tsx data-loaders/build-all.ts`; then removes
 * dist/ and Framework's cache and times `npm run build` (which runs the data build again, from a warm source
 * cache, as CI does).
 */
export function measureBuildTimes(root: string): BuildTimes {
  rmSync(join(root, "data"), {recursive: true, force: true});
  rmSync(join(root, "src/.observablehq/cache"), {recursive: true, force: true});
  const dataSeconds = timed(root, "npx", ["tsx", "data-loaders/build-all.ts"]);
  rmSync(join(root, "dist"), {recursive: true, force: true});
  rmSync(join(root, "src/.observablehq/cache"), {recursive: true, force: true});
  const siteSeconds = timed(root, "npm", ["run", "build"]);
  return {dataSeconds, siteSeconds};
}
