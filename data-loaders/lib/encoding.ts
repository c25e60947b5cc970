import {readFileSync} from "node:fs";

import {SourceError} from "./errors.js";

const MOJIBAKE = /Ã[\u0080-\u00bf¤¶¼Ÿ„–œ]/;

/**
 * Reads a Regionaldatenbank export. The portal writes Windows-1252; the mirror holds such files and copies that
 * were re-saved as UTF-8 along the way. Valid UTF-8 is read as UTF-8, anything else as Windows-1252. A file with
 * NUL bytes (UTF-16, binary) or with doubly encoded umlauts ("BevÃ¶lkerung") is refused, naming the line.
 */
export function readLegacyText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new SourceError({file: path, line: 1}, "file is empty");
  if (bytes.includes(0)) {
    throw new SourceError(
      {file: path},
      "file contains NUL bytes: UTF-16 or binary, expected Windows-1252 or UTF-8 text"
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  const bad = MOJIBAKE.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split("\n").length;
    throw new SourceError({file: path, line}, `wrong encoding: "${bad[0]}" is a doubly encoded umlaut`);
  }
  return text;
}

/** Reads a UTF-8 file (a byte-order mark is dropped); invalid UTF-8 is an error. */
export function readUtf8(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    throw new SourceError({file: path}, "file is not valid UTF-8");
  }
}
