import {sumComponents} from "../shared/indicators/index.js";

export interface Group {
  code: string;
  name: string;
  members: readonly string[];
}

/**
 * Adds one row per group (a Revier, East Germany, a Land …) and key (year, category, measure …) by summing the
 * members' values with the indicator library's `sumComponents()`. A group's value is null where any member's value is
 * null or the member has no row for that key: a partial sum would be wrong, not approximate. Only for additive
 * values (counts, amounts); recompute ratios from summed components instead.
 */
export function withGroupSums<Row extends {code: string}>(
  rows: readonly Row[],
  groups: readonly Group[],
  {
    key,
    value,
    build
  }: {
    /** Everything that identifies a row except its region, e.g. `(r) => `${r.year}|${r.measure}``. */
    key: (row: Row) => string;
    value: (row: Row) => number | null;
    /** Makes the group's row from one member row (for the other columns), the group and its sum. */
    build: (template: Row, group: Group, sum: number | null) => Row;
  }
): Row[] {
  const byKey = new Map<string, Map<string, Row>>();
  for (const row of rows) {
    const k = key(row);
    let regions = byKey.get(k);
    if (!regions) byKey.set(k, (regions = new Map()));
    regions.set(row.code, row);
  }
  const added: Row[] = [];
  for (const regions of byKey.values()) {
    for (const group of groups) {
      const members = group.members.map((code) => ({
        region: code,
        value: regions.has(code) ? value(regions.get(code)!) : null
      }));
      const template = group.members.map((code) => regions.get(code)).find((row) => row !== undefined);
      if (!template) continue;
      const {sums} = sumComponents(members, {members: group.members, components: ["value"]});
      added.push(build(template, group, sums.value));
    }
  }
  return [...rows, ...added];
}
