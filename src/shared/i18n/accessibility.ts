import type {Entries} from "./types.js";

/**
 * The accessibility statement (BITV 2.0 § 7, model of Implementing Decision (EU) 2018/1523) and the words of the
 * page shell that assistive technology reads (skip link, sidebar toggle). Publisher, contact, date and enforcement
 * body come from src/shared/publisher.ts.
 */
export const accessibility = {
  "title.accessibility": {de: "Erklärung zur Barrierefreiheit", en: "Accessibility statement"},
  "a11y.footerLink": {de: "Barrierefreiheit", en: "Accessibility"},
  "a11y.skip": {de: "Zum Inhalt springen", en: "Skip to content"},
  "a11y.toggleSidebar": {de: "Navigation ein- und ausblenden", en: "Toggle navigation"},
  "a11y.navigation": {de: "Hauptnavigation", en: "Main navigation"},
  "a11y.intro": {
    de: "{publisher} ist bemüht, diese Website barrierefrei zugänglich zu machen, nach § 12a des Behindertengleichstellungsgesetzes (BGG), den Barrierefreiheitsgesetzen der Länder und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0). Diese Erklärung gilt für alle Seiten dieser Website in deutscher und englischer Sprache.",
    en: "{publisher} aims to make this website accessible in accordance with section 12a of the German Disability Equality Act (BGG), the accessibility laws of the Länder and the Accessible Information Technology Ordinance (BITV 2.0). This statement applies to every page of this website, in German and in English."
  },
  "a11y.status": {de: "Stand der Vereinbarkeit mit den Anforderungen", en: "Compliance status"},
  "a11y.statusText": {
    de: "Diese Website ist mit den Anforderungen der BITV 2.0 (harmonisierte Norm EN 301 549, darin WCAG 2.1 Stufe AA) teilweise vereinbar. Die unten aufgeführten Inhalte sind nicht oder nicht vollständig barrierefrei.",
    en: "This website is partially compliant with BITV 2.0 (harmonised standard EN 301 549, which includes WCAG 2.1 level AA). The content listed below is not, or not fully, accessible."
  },
  "a11y.gaps": {de: "Nicht barrierefreie Inhalte", en: "Non-accessible content"},
  "a11y.gap.maps": {
    de: "Karten und Diagramme zeigen Werte durch Farbe, Lage und Form. Jede Grafik hat einen Textnamen und unter „Tabelle anzeigen“ dieselben Zahlen als Tabelle; Karten mit Farbskala (Choroplethen) erreichen zwischen benachbarten Farbstufen nicht überall ein Kontrastverhältnis von 3:1.",
    en: "Maps and charts show values by colour, position and shape. Every chart has a text name and the same numbers as a table under “Show table”; maps with a colour scale (choropleths) do not reach a contrast ratio of 3:1 between every pair of neighbouring colour steps."
  },
  "a11y.gap.exports": {
    de: "Heruntergeladene Bilder (PNG) sind Grafiken ohne Textalternative; die Zahlen stehen in den CSV- und XLSX-Downloads derselben Grafik. Den Steckbrief als PDF erzeugt der Browser beim Drucken; ob das PDF getaggt ist, hängt vom Browser ab (Chromium-Browser: ja, mit dem Namen jeder Grafik). Unter jeder seiner Grafiken steht zusätzlich eine kurze Beschreibung.",
    en: "Downloaded images (PNG) are pictures without a text alternative; the numbers are in the CSV and XLSX downloads of the same chart. The fact sheet as PDF is made by the browser when printing; whether the PDF is tagged depends on the browser (Chromium-based browsers: yes, with the name of each chart). A short description is also printed under each of its charts."
  },
  "a11y.gap.sql": {
    de: "Die SQL-Konsole auf „Daten und Quellen“ setzt Kenntnisse der Abfragesprache SQL voraus; alle Datensätze lassen sich auch ohne sie als Parquet-, CSV- und XLSX-Datei herunterladen.",
    en: "The SQL console on “Data and sources” requires knowledge of the query language SQL; every dataset can also be downloaded without it, as a Parquet, CSV and XLSX file."
  },
  "a11y.method": {de: "Erstellung dieser Erklärung", en: "Preparation of this statement"},
  "a11y.methodText": {
    de: "Diese Erklärung wurde am {date} erstellt. Sie beruht auf einer Selbstbewertung: Bei jedem Build prüft ein automatischer Test jeden Seitentyp in beiden Sprachen, im hellen und im dunklen Farbschema und bei 1280 und 390 Pixel Breite mit axe-core auf die Erfolgskriterien der WCAG 2.1, Stufen A und AA, und bedient die wichtigsten Abläufe (Region wählen, Beruf ändern, Grafik exportieren, Abfrage ausführen) nur mit der Tastatur. Eine Prüfung durch Menschen mit Behinderungen oder eine BITV-Prüfung durch Dritte hat nicht stattgefunden.",
    en: "This statement was prepared on {date}. It is based on a self-assessment: on every build an automated test checks every page type in both languages, in the light and the dark colour scheme and at 1280 and 390 pixels wide with axe-core against the success criteria of WCAG 2.1, levels A and AA, and performs the main tasks (choose a region, change the occupation, export a chart, run a query) with the keyboard only. No test by people with disabilities and no third-party BITV test has taken place."
  },
  "a11y.feedback": {de: "Feedback und Kontakt", en: "Feedback and contact"},
  "a11y.feedbackText": {
    de: "Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten dieser Website aufgefallen, oder benötigen Sie Informationen in einer barrierefreien Form? Dann wenden Sie sich bitte an {publisher}:",
    en: "Have you found a barrier to the content of this website, or do you need information in an accessible form? Please contact {publisher}:"
  },
  "a11y.email": {de: "E-Mail", en: "Email"},
  "a11y.phone": {de: "Telefon", en: "Telephone"},
  "a11y.address": {de: "Anschrift", en: "Postal address"},
  "a11y.enforcement": {de: "Durchsetzungsverfahren", en: "Enforcement procedure"},
  "a11y.enforcementText": {
    de: "Wenn Sie auf Ihre Rückmeldung an die oben genannte Kontaktstelle innerhalb von sechs Wochen keine zufriedenstellende Antwort erhalten haben, können Sie sich an die zuständige Stelle wenden:",
    en: "If you have not received a satisfactory answer to your feedback to the contact above within six weeks, you can turn to the responsible body:"
  }
} satisfies Entries;
