import {spawn} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {parse} from "yaml";

import {LIVE_TABLES} from "../../data-loaders/live/update-sources.js";
import {projectRoot} from "../../data-loaders/lib/paths.js";
import {genesisReplay} from "../helpers/genesis-replay.js";

/*
 * docs/examples/refresh.yml, the documented scheduled refresh: its steps use npm scripts that exist, in the right
 * order, and its refresh step, run as written, fetches every GENESIS table of the mirror from a local server that
 * replays the real recorded answers (../shared/sources/genesis-api-2026/recorded-responses/). The credentials are
 * made up; the server only checks that they arrive as headers.
 */
interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(join(projectRoot, "docs/examples/refresh.yml"), "utf8")) as {
  on: Record<string, unknown>;
  jobs: Record<string, {steps: Step[]}>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const step = (name: string) => steps.find((s) => s.name === name)!;

describe("docs/examples/refresh.yml", () => {
  it("runs on a schedule and names only npm scripts that exist", () => {
    expect(Object.keys(workflow.on)).toEqual(["schedule", "workflow_dispatch"]);
    const scripts = Object.keys(JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).scripts);
    const named = steps.flatMap((s) => [...(s.run ?? "").matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(named).toEqual(["sources:update", "release", "build"]);
    for (const name of named) expect(scripts).toContain(name);
  });

  it("refreshes, then releases (refusing stops the job), commits the record, builds and deploys, in that order", () => {
    const order = ["Refresh sources", "Release", "Commit the release record", "Build the site"].map((n) =>
      steps.indexOf(step(n))
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(step("Release").run).toBe("npm run release -- --build");
    expect(step("Refresh sources").env).toEqual({
      GENESIS_USERNAME: "${{ secrets.GENESIS_USERNAME }}",
      GENESIS_PASSWORD: "${{ secrets.GENESIS_PASSWORD }}"
    });
    expect(steps.at(-1)!.uses).toMatch(/^actions\/deploy-pages@/);
  });

  describe("its refresh step against the recorded GENESIS answers", () => {
    const credentials = {username: "made-up-user", password: "made-up-Pässwort"};
    let replay: Awaited<ReturnType<typeof genesisReplay>>;
    let live: string;
    beforeAll(async () => {
      replay = await genesisReplay(credentials);
      live = mkdtempSync(join(tmpdir(), "revier-refresh-"));
    });
    afterAll(async () => {
      await replay.close();
      rmSync(live, {recursive: true, force: true});
    });

    it("writes every table of the mirror and its manifest, and never prints the credentials", async () => {
      const env = {
        ...process.env,
        GENESIS_USERNAME: credentials.username,
        GENESIS_PASSWORD: credentials.password,
        GENESIS_BASE_URL: replay.baseUrl,
        REVIER_SOURCES_LIVE: live
      };
      const child = spawn("sh", ["-c", step("Refresh sources").run!], {cwd: projectRoot, env});
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(code, output).toBe(0);
      const manifest = JSON.parse(readFileSync(join(live, "manifest.json"), "utf8")) as {files: {path: string}[]};
      for (const {table} of LIVE_TABLES) {
        expect(manifest.files.map((f) => f.path)).toContain(`genesis/${table}/table.json`);
        expect(manifest.files.some((f) => f.path.startsWith(`genesis/${table}/`) && f.path.endsWith(".csv"))).toBe(
          true
        );
      }
      expect(output).not.toContain(credentials.password);
      expect(output).not.toContain(credentials.username);
    }, 120_000);
  });
});
