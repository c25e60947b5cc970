/**
 * Who publishes this site: the one place a Landkreis, a state agency or anyone else who hosts the dashboard sets
 * its own details. The accessibility statement (/barrierefreiheit, /en/barrierefreiheit; BITV 2.0 § 7) shows them;
 * docs/accessibility.md says what to check before publishing.
 */
export const PUBLISHER = {
  /** Name of the body responsible for the site, as it should appear in the statement. */
  name: "Revier-Monitor (Open-Source-Projekt)",
  /** Feedback contact for accessibility problems: an address that is read (BITV 2.0 § 7 Abs. 1 Nr. 2). */
  email: "barrierefreiheit@example.org",
  /** Optional: telephone and postal address, shown when set. */
  phone: "",
  address: "",
  /** The day the statement was written or last reviewed (ISO date). */
  statementDate: "2026-12-06",
  /**
   * The enforcement body (Durchsetzungs- or Schlichtungsstelle) responsible for the publisher. Federal bodies: the
   * Schlichtungsstelle nach § 16 BGG (default). Landkreise and Land agencies: the body their Land names in its
   * accessibility law.
   */
  enforcement: {
    name: {
      de: "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG)",
      en: "Conciliation body under the Disability Equality Act (Schlichtungsstelle nach dem BGG)"
    },
    url: "https://www.schlichtungsstelle-bgg.de"
  }
};
