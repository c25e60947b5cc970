import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";

import {expect} from "vitest";

import {SourceError} from "../../data-loaders/lib/errors.js";
import {sourcePath} from "../../data-loaders/lib/paths.js";

/**
 * Writes a mutated copy of a mirror file (`relative` to the source mirror) into a fresh temp dir, under the same
 * file name so errors name it as they would the original, and returns its path. `mutate` gets the text (UTF-8).
 */
export function mutatedCopy(relative: string, mutate: (text: string) => string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "revier-mutated-")), basename(relative));
  writeFileSync(path, mutate(readFileSync(sourcePath(relative), "utf8")));
  return path;
}

/** The SourceError `run` throws; fails the test when it throws anything else or nothing. */
export function sourceError(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return error as SourceError;
  }
  throw new Error("expected a SourceError");
}
