/**
 * Argument checks shared by the indicator functions. Every indicator validates its input and throws an
 * {@link IndicatorError} naming the function and the argument, because a NaN or Infinity that reaches a chart or a
 * table is wrong without anyone noticing.
 */

/** A bad argument to an indicator function: names the function and the argument. */
export class IndicatorError extends Error {
  readonly indicator: string;
  readonly argument: string;

  constructor(indicator: string, argument: string, message: string) {
    super(`${indicator}: ${argument} ${message}`);
    this.name = "IndicatorError";
    this.indicator = indicator;
    this.argument = argument;
  }
}

/** A count or amount per category; `null` marks a missing or suppressed cell (never read as 0). */
export interface CategoryValue {
  category: string;
  value: number | null;
}

/** Throws unless `value` is a finite number. */
export function requireFinite(indicator: string, argument: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new IndicatorError(indicator, argument, `must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** Throws unless `value` is a finite number ≥ 0 (counts of persons, employment, amounts). */
export function requireCount(indicator: string, argument: string, value: number): number {
  requireFinite(indicator, argument, value);
  if (value < 0) throw new IndicatorError(indicator, argument, `must not be negative, got ${value}`);
  return value;
}

/** Throws unless `value` is a finite number > 0 (a denominator). */
export function requirePositive(indicator: string, argument: string, value: number): number {
  requireFinite(indicator, argument, value);
  if (value <= 0) throw new IndicatorError(indicator, argument, `must be greater than 0, got ${value}`);
  return value;
}

/** Throws if `items` is empty. */
export function requireNonEmpty<T>(indicator: string, argument: string, items: readonly T[]): readonly T[] {
  if (!Array.isArray(items) || items.length === 0) {
    throw new IndicatorError(indicator, argument, "must not be empty");
  }
  return items;
}

/**
 * Checks a list of category values (non-empty, category names unique and non-empty, values counts or null) and
 * returns it as a map in input order.
 */
export function categoryMap(
  indicator: string,
  argument: string,
  values: readonly CategoryValue[]
): Map<string, number | null> {
  requireNonEmpty(indicator, argument, values);
  const map = new Map<string, number | null>();
  for (const {category, value} of values) {
    if (typeof category !== "string" || category === "") {
      throw new IndicatorError(indicator, argument, `has a row without a category (got ${String(category)})`);
    }
    if (map.has(category)) throw new IndicatorError(indicator, argument, `lists category "${category}" twice`);
    if (value !== null) requireCount(indicator, `${argument} (category "${category}")`, value);
    map.set(category, value);
  }
  return map;
}

/** Throws unless both maps have exactly the same categories; names the first ones that differ. */
export function requireSameCategories(
  indicator: string,
  a: {name: string; map: ReadonlyMap<string, unknown>},
  b: {name: string; map: ReadonlyMap<string, unknown>}
): void {
  const onlyA = [...a.map.keys()].filter((c) => !b.map.has(c));
  const onlyB = [...b.map.keys()].filter((c) => !a.map.has(c));
  if (onlyA.length > 0 || onlyB.length > 0) {
    const parts = [];
    if (onlyA.length > 0) parts.push(`only in ${a.name}: ${list(onlyA)}`);
    if (onlyB.length > 0) parts.push(`only in ${b.name}: ${list(onlyB)}`);
    throw new IndicatorError(indicator, `${a.name}/${b.name}`, `must have the same categories (${parts.join("; ")})`);
  }
}

function list(items: string[]): string {
  const shown = items.slice(0, 5).map((c) => `"${c}"`);
  return items.length > 5 ? `${shown.join(", ")} and ${items.length - 5} more` : shown.join(", ");
}

/** Sum of the non-null values. */
export function sumKnown(values: Iterable<number | null>): number {
  let sum = 0;
  for (const v of values) if (v !== null) sum += v;
  return sum;
}
