import type {PageExpectation} from "../pages.js";

// The accessibility statement (issue 17), generated from src/shared/publisher.ts and the dictionary.
export const expectations: Record<string, PageExpectation> = {
  "/barrierefreiheit": {ready: ["h1"], texts: ["Barrierefreiheit"]},
  "/en/barrierefreiheit": {ready: ["h1"], texts: ["ccessibility"]}
};
