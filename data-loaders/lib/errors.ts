/** Where in a source file a problem was found. Line numbers are 1-based physical lines of the file. */
export interface SourceLocation {
  file: string;
  line?: number;
  field?: string;
}

/**
 * An error in an input file, naming the file, line and field so that the person running the build can find it.
 * Loaders throw it and never write a partial dataset.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(location: SourceLocation, message: string) {
    const where = [location.file, location.line !== undefined ? `line ${location.line}` : undefined]
      .filter(Boolean)
      .join(":");
    const field = location.field !== undefined ? `, field "${location.field}"` : "";
    super(`${where}${field}: ${message}`);
    this.name = "SourceError";
    this.file = location.file;
    this.line = location.line;
    this.field = location.field;
  }
}
