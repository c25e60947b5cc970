/**
 * Rule kinds of the validation layer, on observations (observations.ts). Each is a Rule of
 * data-loaders/lib/expectations.ts, so that one mechanism (`expectRows`) reports every violation the same way:
 * file, line or Parquet row, field, value and the rule. The row rules there (count, rate, nonNegative, yearWithin,
 * regionCode, covers) are used as they are; the rules here look at several observations at once.
 */
import {between, count, covers, nonNegative, rate, regionCode, type Rule, yearWithin} from "../lib/expectations.js";
import type {Observation} from "./observations.js";

/** signed: a balance (Pendlersaldo) that may be negative; no value rule. */
export type FieldKind = "count" | "amount" | "rate" | "signed";

const fmt = (v: number) => String(Math.round(v * 1000) / 1000);

/** The value rule of a field kind: counts whole and ≥ 0, amounts (€, m², prices) ≥ 0, rates 0–100. */
export function valueRule(field: string, kind: FieldKind, match: (o: Observation) => boolean): Rule<Observation> {
  const get = (o: Observation) => (match(o) ? o.value : null);
  if (kind === "count") return count(field, get);
  if (kind === "rate") return rate(field, get);
  if (kind === "signed") return between(field, get, -Number.MAX_VALUE, Number.MAX_VALUE, "values are numbers");
  return nonNegative(field, get);
}

/** A plausibility band on one field (rates of Kreise within 0–40 %): outside it, a cell is a shifted or edited one. */
export function band(field: string, match: (o: Observation) => boolean, min: number, max: number, why: string) {
  const rule = between<Observation>(
    field,
    (o) => (match(o) ? o.value : null),
    min,
    max,
    `${why}: within ${min}–${max}`
  );
  return {...rule, field: (o: Observation) => o.field};
}

/** Region codes with their leading zeros: DG, 2-digit Land, 3-digit Regierungsbezirk, 5-digit Kreis, 8-digit Gemeinde. */
export function codes(known?: ReadonlySet<string>): Rule<Observation> {
  const rule = regionCode<Observation>("code", (o) => o.code, {lengths: [0, 2, 3, 5, 8]});
  if (!known) return rule;
  // Kreise must also be in the regions list (a code of another Gebietsstand is a different Kreis).
  return {
    ...rule,
    row: (o) => rule.row!(o) ?? (o.code.length === 5 && !known.has(o.code) ? `unknown Kreis code "${o.code}"` : null)
  };
}

/** Every Kreis of the territory present in every year and field (a deleted row lowers sums without a flag). */
export function territory(kreise: ReadonlySet<string>, label: string, fields?: (o: Observation) => boolean) {
  const base = covers<Observation>(
    "code",
    {code: (o) => o.code, year: (o) => o.year},
    {codes: kreise, label, allowOthers: true}
  );
  return {
    ...base,
    file: (rows: readonly Observation[]) => {
      // Berlin and Hamburg stand as Land rows (11, 02) in Kreis tables: they count as their Kreis (11000, 02000).
      const kreisRows = rows
        .map((o) => (o.code.length === 2 && kreise.has(`${o.code}000`) ? {...o, code: `${o.code}000`} : o))
        .filter((o) => o.code.length === 5 && (fields?.(o) ?? true));
      // Per field and group: each must cover every Kreis, not only their union.
      const byPart = new Map<string, Observation[]>();
      for (const o of kreisRows) {
        const key = `${o.field}|${o.group}`;
        if (!byPart.has(key)) byPart.set(key, []);
        byPart.get(key)!.push(o);
      }
      for (const part of byPart.values()) {
        const found = base.file!(part);
        if (found) return {...found, message: `${part[0]!.field}: ${found.message}`};
      }
      return null;
    }
  } satisfies Rule<Observation>;
}

/** Years within the declared span, and no year missing inside it (a shifted file drops its last year). */
export function years(from: number, to: number): Rule<Observation>[] {
  return [
    yearWithin<Observation>("year", (o) => o.year, from, to),
    {
      field: "year",
      rule: `every year ${from}–${to} present`,
      file(rows) {
        const present = new Set(rows.map((o) => o.year));
        for (let y = from; y <= to; y++) if (!present.has(y)) return {message: `no rows for ${y}`, row: rows.at(-1)};
        return null;
      }
    }
  ];
}

/** Groups observations by code, year and group, with the values of each field. */
function cells(rows: readonly Observation[]): Map<string, Map<string, Observation>> {
  const out = new Map<string, Map<string, Observation>>();
  for (const o of rows) {
    const key = `${o.code}|${o.year}|${o.group}`;
    if (!out.has(key)) out.set(key, new Map());
    out.get(key)!.set(o.field, o);
  }
  return out;
}

/** A Land's value = the sum of its Kreise (same field, group and year) within `tolerance` (rounding in the source). */
export function landSums(field: (o: Observation) => boolean, tolerance: number, what: string): Rule<Observation> {
  return {
    field: (o) => o.field,
    rule: `Land = sum of its Kreise (±${tolerance}) for ${what}`,
    file(rows) {
      const sums = new Map<string, {sum: number; n: number; missing: boolean}>();
      for (const o of rows) {
        if (o.code.length !== 5 || !field(o)) continue;
        const key = `${o.code.slice(0, 2)}|${o.year}|${o.field}|${o.group}`;
        const s = sums.get(key) ?? {sum: 0, n: 0, missing: false};
        if (o.value === null) s.missing = true;
        else s.sum += o.value;
        s.n++;
        sums.set(key, s);
      }
      for (const o of rows) {
        if (o.code.length !== 2 || !field(o) || o.value === null) continue;
        const s = sums.get(`${o.code}|${o.year}|${o.field}|${o.group}`);
        if (!s || s.missing) continue;
        if (Math.abs(s.sum - o.value) > tolerance) {
          return {
            message: `Land ${o.code} ${o.year}: ${fmt(o.value)} ≠ sum of its ${s.n} Kreise ${fmt(s.sum)}`,
            row: o
          };
        }
      }
      return null;
    }
  };
}

/**
 * A total rate lies between the rates of its two parts (it is their weighted mean): the total rate of a row
 * shifted by one cell is a part's rate and falls outside.
 */
export function rateBetweenParts(total: string, parts: readonly [string, string]): Rule<Observation> {
  return {
    field: total,
    rule: `${total} lies between ${parts.join(" and ")}`,
    file(rows) {
      for (const byField of cells(rows).values()) {
        const [t, a, b] = [byField.get(total), byField.get(parts[0]), byField.get(parts[1])];
        if (t?.value == null || a?.value == null || b?.value == null) continue;
        const [lo, hi] = [Math.min(a.value, b.value) - 0.1, Math.max(a.value, b.value) + 0.1];
        if (t.value < lo || t.value > hi) {
          return {
            message: `found ${fmt(t.value)}, parts ${fmt(a.value)} and ${fmt(b.value)} (${t.code} ${t.year})`,
            row: t
          };
        }
      }
      return null;
    }
  };
}

/**
 * `numerator ÷ denominator × scale` of one region and year within [min, max] (income per taxpayer, price = sum ÷
 * area): the field named in errors is the numerator, whose value is the suspect one.
 */
export function ratioBand(
  numerator: string,
  denominator: string,
  {scale = 1, min, max, label}: {scale?: number; min: number; max: number; label: string}
): Rule<Observation> {
  return {
    field: numerator,
    rule: `${label} within ${min}–${max}`,
    file(rows) {
      for (const byField of cells(rows).values()) {
        const [n, d] = [byField.get(numerator), byField.get(denominator)];
        if (n?.value == null || !d?.value) continue;
        const ratio = (n.value / d.value) * scale;
        if (ratio < min || ratio > max) {
          return {message: `found ${fmt(n.value)}: ${label} ${fmt(ratio)} (${n.code} ${n.year})`, row: n};
        }
      }
      return null;
    }
  };
}

/**
 * A published quotient fits its published parts given their rounding: `value` ≈ `numerator ÷ denominator`, where
 * numerator and denominator are rounded to whole units (±0.5) and the value to `digits` decimals. Exact, no band:
 * 61511's price per m² against purchase sum (1000 EUR) ÷ area (1000 m²).
 */
export function quotientOfParts(
  value: string,
  numerator: string,
  denominator: string,
  digits: number,
  label: string
): Rule<Observation> {
  return {
    field: value,
    rule: `${label} = ${numerator} ÷ ${denominator} within their rounding`,
    file(rows) {
      for (const byField of cells(rows).values()) {
        const [v, n, d] = [byField.get(value), byField.get(numerator), byField.get(denominator)];
        if (v?.value == null || n?.value == null || d?.value == null || d.value < 1) continue;
        const slack = 0.5 * 10 ** -digits;
        const lo = Math.max(0, n.value - 0.5) / (d.value + 0.5) - slack;
        const hi = (n.value + 0.5) / (d.value - 0.5) + slack;
        if (v.value < lo || v.value > hi) {
          return {
            message: `found ${fmt(v.value)}, but ${numerator} ${fmt(n.value)} ÷ ${denominator} ${fmt(d.value)} gives ${fmt(lo)}–${fmt(hi)} (${v.code} ${v.year})`,
            row: v
          };
        }
      }
      return null;
    }
  };
}

/**
 * Year on year, per region and field: no change by more than a factor `maxFactor` either way where both values are
 * at least `minValue` (one Kreis ×10 in one year).
 */
export function yearOnYear(field: (o: Observation) => boolean, maxFactor: number, minValue: number): Rule<Observation> {
  return {
    field: (o) => o.field,
    rule: `year on year at most ×${maxFactor} either way (values ≥ ${minValue})`,
    file(rows) {
      const series = new Map<string, Observation[]>();
      for (const o of rows) {
        if (!field(o) || o.value === null) continue;
        const key = `${o.code}|${o.field}|${o.group}`;
        if (!series.has(key)) series.set(key, []);
        series.get(key)!.push(o);
      }
      for (const list of series.values()) {
        list.sort((a, b) => a.year - b.year);
        for (let i = 1; i < list.length; i++) {
          const [a, b] = [list[i - 1]!, list[i]!];
          if (b.year !== a.year + 1 || a.value! < minValue || b.value! < minValue) continue;
          const factor = b.value! / a.value!;
          if (factor > maxFactor || factor < 1 / maxFactor) {
            // The outlier is the value that differs from both neighbours; else the later one.
            const c = list[i + 1];
            const suspect =
              c && c.year === b.year + 1 && Math.abs(Math.log(c.value! / b.value!)) < Math.log(maxFactor) ? a : b;
            return {
              message: `found ${fmt(suspect.value!)} in ${suspect.year} (${a.year}: ${fmt(a.value!)}, ${b.year}: ${fmt(b.value!)}; ${suspect.code})`,
              row: suspect
            };
          }
        }
      }
      return null;
    }
  };
}

/**
 * One field of a cell at least another of the same cell: the unemployment rate on dependent civilian labour is at
 * least the rate on all civilian labour (same numerator, smaller denominator). A row shifted by one cell breaks it.
 */
export function atLeast(field: string, other: string, why: string): Rule<Observation> {
  return {
    field,
    rule: `${field} ≥ ${other} (${why})`,
    file(rows) {
      for (const byField of cells(rows).values()) {
        const [a, b] = [byField.get(field), byField.get(other)];
        if (a?.value == null || b?.value == null || a.value >= b.value) continue;
        return {message: `found ${fmt(a.value)} < ${fmt(b.value)} (${a.code} ${a.year})`, row: a};
      }
      return null;
    }
  };
}
