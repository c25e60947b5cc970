/**
 * Where in a source file a problem was found. Line numbers are 1-based physical lines of the file; for Parquet and
 * spreadsheets `unit` says "row" (1-based row number in the file or sheet).
 */
export interface SourceLocation {
  file: string;
  line?: number;
  field?: string;
  /** What `line` counts: a physical text line (default) or a row of a Parquet file or sheet. */
  unit?: "line" | "row";
  /** The declared rule the content broke (see data-loaders/lib/expectations.ts), e.g. "counts ≥ 0". */
  rule?: string;
}

/**
 * An error in an input file, naming the file, line and field so that the person running the build can find it.
 * Loaders throw it and never write a partial dataset.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly rule: string | undefined;

  constructor(location: SourceLocation, message: string) {
    const where = [
      location.file,
      location.line !== undefined ? `${location.unit ?? "line"} ${location.line}` : undefined
    ]
      .filter(Boolean)
      .join(":");
    const field = location.field !== undefined ? `, field "${location.field}"` : "";
    const rule = location.rule !== undefined ? ` (rule: ${location.rule})` : "";
    super(`${where}${field}: ${message}${rule}`);
    this.name = "SourceError";
    this.file = location.file;
    this.line = location.line;
    this.field = location.field;
    this.rule = location.rule;
  }
}
