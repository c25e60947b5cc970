import type {PageExpectation} from "../pages.js";

export const expectations: Record<string, PageExpectation> = {
  "/": {ready: ["h1"], texts: ["Revier-Monitor"]}
};
