import {describe, expect, it} from "vitest";

import {accessibilityPage} from "../../../data-loaders/pages/accessibility-page.js";
import {PUBLISHER} from "../../../src/shared/publisher.js";

// A made-up publisher (not a real authority), to show that every detail comes from src/shared/publisher.ts.
const publisher = {
  ...PUBLISHER,
  name: "Landkreis Beispiel",
  email: "a11y@landkreis-beispiel.example",
  phone: "+49 123 4567",
  address: "Musterstraße 1, 01234 Musterstadt",
  statementDate: "2026-12-06",
  enforcement: {
    name: {de: "Durchsetzungsstelle Beispielland", en: "Enforcement body Beispielland"},
    url: "https://d.example"
  }
};

describe("the accessibility statement", () => {
  it("names the publisher's contact, the date and the enforcement body from the configuration (German)", () => {
    const md = accessibilityPage("de", publisher);
    expect(md).toContain("title: Erklärung zur Barrierefreiheit");
    expect(md).toContain("# Erklärung zur Barrierefreiheit");
    expect(md).toContain('<a href="mailto:a11y@landkreis-beispiel.example">');
    expect(md).toContain("Telefon: +49 123 4567");
    expect(md).toContain("Anschrift: Musterstraße 1, 01234 Musterstadt");
    expect(md).toContain("am 06.12.2026 erstellt");
    expect(md).toContain('<a href="https://d.example">Durchsetzungsstelle Beispielland</a>');
    expect(md).toContain("teilweise vereinbar");
  });

  it("is in English under /en/, with the date in English and no empty phone line", () => {
    const md = accessibilityPage("en", {...publisher, phone: ""});
    expect(md).toContain("# Accessibility statement");
    expect(md).toContain("prepared on 6 Dec 2026");
    expect(md).toContain("Enforcement body Beispielland");
    expect(md).not.toContain("Telephone");
  });
});
