/**
 * Structural-change indicators: one tested library for loaders, pages and SQL. Pure functions without Node APIs,
 * so the same code runs in the browser, in data loaders and in tests. Formulas, literature and how to read each
 * indicator: docs/indicators.md.
 */
export * from "./sum-components.js";
export * from "./concentration.js";
export * from "./dependency.js";
export * from "./errors.js";
export * from "./growth.js";
export * from "./labour.js";
export * from "./location-quotient.js";
export * from "./population-change.js";
export * from "./shift-share.js";
export * from "./specialisation.js";
export * from "./sql.js";
