/** Plain-text rendering of benchmark figures: aligned tables, milliseconds, bytes. */
import type {Summary} from "./stats.js";

/** Milliseconds with a precision that suits their size: 3.4 ms, 512 ms, 1.25 s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** Bytes in decimal units (kB = 1000 B), as static hosts and budgets count them. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "–";
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** "512 ms (480–530)": median with min–max. */
export function formatSpread(summary: Summary): string {
  return `${formatMs(summary.median)} (${formatMs(summary.min)}–${formatMs(summary.max)})`;
}

/**
 * A text table with a header rule; columns whose cells all start with a digit are right-aligned. With
 * `markdown`, a GitHub pipe table.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  {markdown = false}: {markdown?: boolean} = {}
): string {
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[\d–(]/.test(row[i] ?? "")));
  if (markdown) {
    const cell = (text: string) => text.replace(/\|/g, "\\|");
    return [
      `| ${header.map(cell).join(" | ")} |`,
      `| ${header.map((_, i) => (numeric[i] ? "---:" : "---")).join(" | ")} |`,
      ...rows.map((row) => `| ${header.map((_, i) => cell(row[i] ?? "")).join(" | ")} |`)
    ].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    header
      .map((_, i) => {
        const text = cells[i] ?? "";
        return numeric[i] ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
      })
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
