import type {BuildContext} from "./dataset.js";

/**
 * A cross-source check: it compares two sources where they overlap and returns the disagreements. A non-empty
 * result fails the data build, naming both sources.
 */
export interface CrossCheck {
  name: string;
  /** The two (or more) source ids compared. */
  sources: string[];
  run(context: BuildContext): string[];
}

export const CHECKS: CrossCheck[] = [];
