import type {Entries} from "./types.js";

/** Words of the /standort page (location factors for investors) and the location facts on the Kreis profiles. */
export const standort = {
  "nav.standort": {de: "Standort", en: "Location"},
  "standort.title": {de: "Standort", en: "Location"},
  "standort.lead": {
    de: "Was ein Investor fragt: Finde ich hier Fachkräfte in meinem Beruf? Was kostet Bauland? Wie hoch sind die Einkommen? Arbeitslose und gemeldete Stellen nach Berufsgruppen (KldB 2010), Bodenpreise, Einkünfte, Insolvenzen und Pendler für einen Kreis, seine Nachbarn, das Revier, das Land und Deutschland.",
    en: "What investors ask: can I hire people in my occupation here? What does building land cost? How high are incomes? Unemployed and registered vacancies by occupation group (KldB 2010), land prices, income, insolvencies and commuters for a district, its neighbours, the lignite region, the Land and Germany."
  },
  "standort.kreis": {de: "Kreis", en: "District"},
  "standort.occupation": {de: "Berufsgruppe (Code oder Name)", en: "Occupation group (code or name)"},
  "standort.occupationHint": {de: "z. B. 513 oder Lager", en: "e.g. 513 or Lager"},
  "standort.germanTitles": {
    de: "Berufsgruppen: Kurztitel der KldB 2010, wie von der BA veröffentlicht.",
    en: "Occupation groups of the KldB 2010: the BA publishes their titles in German only; the English titles are our translation."
  },
  "standort.kpi": {
    de: "{group}, {kreis}, {year}: {unemployed} Arbeitslose, {vacancies} gemeldete Stellen – {ratio} Arbeitslose je Stelle (Deutschland {germany}).",
    en: "{group}, {kreis}, {year}: {unemployed} unemployed, {vacancies} registered vacancies – {ratio} unemployed per vacancy (Germany {germany})."
  },
  "standort.neighbours": {de: "Nachbarkreise: {list}", en: "Neighbouring districts: {list}"},
  "standort.poolHeading": {de: "Arbeitskräfte in der Berufsgruppe", en: "Labour pool in the occupation group"},
  "standort.ratioTitle": {
    de: "Arbeitslose je gemeldete Stelle: {group}",
    en: "Unemployed per registered vacancy: {group}"
  },
  "standort.ratioSubtitle": {
    de: "Arbeitslose ÷ gemeldete Arbeitsstellen, Jahresdurchschnitte {from}–{to}; {kreis}, Revier, Land, Deutschland",
    en: "Unemployed ÷ registered vacancies, annual averages {from}–{to}; {kreis}, lignite region, Land, Germany"
  },
  "standort.ratioDesc": {
    de: "Linien je Region: wie viele Arbeitslose mit diesem Zielberuf auf eine gemeldete Stelle kommen; höher heißt: leichter zu besetzen.",
    en: "One line per region: how many unemployed seeking this occupation there are per registered vacancy; higher means easier to fill."
  },
  "standort.ratioAxis": {de: "Arbeitslose je Stelle", en: "Unemployed per vacancy"},
  "standort.neighboursTitle": {
    de: "{kreis} und Nachbarkreise: {group}",
    en: "{kreis} and neighbouring districts: {group}"
  },
  "standort.neighboursSubtitle": {
    de: "Arbeitslose je gemeldete Stelle, Jahresdurchschnitt {year}; Arbeitslose und Stellen in der Tabelle",
    en: "Unemployed per registered vacancy, annual average {year}; unemployed and vacancies in the table"
  },
  "standort.neighboursDesc": {
    de: "Balken je Region: Arbeitslose je gemeldete Stelle im Kreis, in seinen Nachbarkreisen, im Revier, im Land und in Deutschland.",
    en: "One bar per region: unemployed per registered vacancy in the district, its neighbours, the lignite region, the Land and Germany."
  },
  "standort.mapTitle": {de: "{area}: {group}", en: "{area}: {group}"},
  "standort.mapArea": {de: "{revier} und Nachbarkreise", en: "{revier} and neighbouring districts"},
  "standort.mapAreaKreis": {de: "{kreis} und Nachbarkreise", en: "{kreis} and neighbouring districts"},
  "standort.mapSubtitle": {
    de: "Arbeitslose je gemeldete Stelle, Jahresdurchschnitt {year}; Kreisgrenzen Stand {boundaries}",
    en: "Unemployed per registered vacancy, annual average {year}; district boundaries as of {boundaries}"
  },
  "standort.mapDesc": {
    de: "Karte der Kreise: dunkler heißt mehr Arbeitslose je gemeldete Stelle; grau schraffiert: keine Daten.",
    en: "Map of districts: darker means more unemployed per registered vacancy; hatched grey: no data."
  },
  "standort.mostTitle": {
    de: "Wo sich Personal findet: {kreis}, {year}",
    en: "Where people are available: {kreis}, {year}"
  },
  "standort.fewestTitle": {de: "Wo es eng ist: {kreis}, {year}", en: "Where hiring is hard: {kreis}, {year}"},
  "standort.rankSubtitle": {
    de: "Zehn Berufsgruppen mit den meisten bzw. wenigsten Arbeitslosen je gemeldete Stelle, Jahresdurchschnitt; nur Gruppen mit mindestens {min} Arbeitslosen und {min} Stellen",
    en: "Ten occupation groups with the most / fewest unemployed per registered vacancy, annual average; groups with at least {min} unemployed and {min} vacancies only"
  },
  "standort.rankDesc": {
    de: "Balken je Berufsgruppe: Arbeitslose je gemeldete Stelle.",
    en: "One bar per occupation group: unemployed per registered vacancy."
  },
  "standort.factorsHeading": {de: "Boden, Einkommen, Insolvenzen", en: "Land, income, insolvencies"},
  "standort.landTitle": {de: "Kaufwerte für Bauland: {kreis}", en: "Building land prices: {kreis}"},
  "standort.landSubtitle": {
    de: "Durchschnittlicher Kaufwert je m², alle Baulandarten, {year}; Rang {rank} von {of} Kreisen (1 = günstigster); Länder, Deutschland und Reviere: Kaufsumme ÷ Fläche",
    en: "Average price per m², all types of building land, {year}; rank {rank} of {of} districts (1 = cheapest); Länder, Germany and lignite regions: purchase sum ÷ area"
  },
  "standort.landDesc": {
    de: "Balken je Region: durchschnittlicher Kaufwert für Bauland in Euro je m²; Zahl der Verkäufe in der Tabelle.",
    en: "One bar per region: average building land price in euros per m²; number of sales in the table."
  },
  "standort.incomeTitle": {de: "Einkünfte je Steuerpflichtigen: {kreis}", en: "Income per taxpayer: {kreis}"},
  "standort.incomeSubtitle": {
    de: "Gesamtbetrag der Einkünfte ÷ Lohn- und Einkommensteuerpflichtige, Euro, {year}",
    en: "Total income ÷ wage and income taxpayers, euros, {year}"
  },
  "standort.incomeDesc": {
    de: "Balken je Region: Einkünfte je Steuerpflichtigen in Euro.",
    en: "One bar per region: income per taxpayer in euros."
  },
  "standort.insolvencyTitle": {de: "Unternehmensinsolvenzen: {kreis}", en: "Company insolvencies: {kreis}"},
  "standort.insolvencySubtitle": {
    de: "Beantragte Insolvenzverfahren von Unternehmen je 10.000 SvB am Arbeitsort (30.06.), {year}",
    en: "Insolvency applications of companies per 10,000 employees at the workplace (30 June), {year}"
  },
  "standort.insolvencyDesc": {
    de: "Balken je Region: Unternehmensinsolvenzen je 10.000 sozialversicherungspflichtig Beschäftigte.",
    en: "One bar per region: company insolvencies per 10,000 employees subject to social insurance."
  },
  "standort.caveatVacancies": {
    de: "Gemeldete Stellen sind nur der Teil des Stellenangebots, den Arbeitgeber der Bundesagentur für Arbeit melden – bundesweit etwa jede zweite offene Stelle. Arbeitslose je Stelle überzeichnet daher das Angebot an Arbeitskräften; als Vergleich zwischen Regionen und Berufen taugt sie.",
    en: "Registered vacancies are only the part of job openings that employers report to the Federal Employment Agency – roughly every second opening nationwide. Unemployed per vacancy therefore overstates the supply of labour; it serves to compare regions and occupations."
  },
  "standort.caveatLand": {
    de: "Bodenpreise mischen Baulandarten (baureifes Land, Rohbauland, Industrie- und Gewerbeflächen) und Lagen; in kleinen Kreisen stehen wenige Verkäufe dahinter (Zahl der Fälle in der Tabelle). Für Länder, Deutschland und Reviere teilen wir die Kaufsumme durch die Fläche der Kreise, beide in der Quelle gerundet.",
    en: "Land prices mix types of building land (ready-to-build, raw land, industrial and commercial plots) and locations; in small districts few sales stand behind them (number of cases in the table). For Länder, Germany and lignite regions we divide the purchase sum by the area of the districts, both rounded in the source."
  },
  "standort.lowerBound": {
    de: "Untergrenze (gesperrte Kreiswerte fehlen)",
    en: "lower bound (suppressed district values missing)"
  },
  "standort.noVacancies": {de: "(keine gemeldete Stelle)", en: "(no registered vacancy)"},
  "standort.col.region": {de: "Region", en: "Region"},
  "standort.col.year": {de: "Jahr", en: "Year"},
  "standort.col.group": {de: "Berufsgruppe", en: "Occupation group"},
  "standort.col.unemployed": {de: "Arbeitslose", en: "Unemployed"},
  "standort.col.vacancies": {de: "Gemeldete Stellen", en: "Registered vacancies"},
  "standort.col.ratio": {de: "Arbeitslose je Stelle", en: "Unemployed per vacancy"},
  "standort.col.note": {de: "Hinweis", en: "Note"},
  "standort.col.priceAll": {de: "€/m² alle Baulandarten", en: "€/m² all building land"},
  "standort.col.priceBaureif": {de: "€/m² baureifes Land", en: "€/m² ready-to-build land"},
  "standort.col.cases": {de: "Verkäufe", en: "Sales"},
  "standort.col.value": {de: "Wert", en: "Value"},
  "standort.axis.price": {de: "Euro je m²", en: "Euros per m²"},
  "standort.axis.income": {de: "Euro je Steuerpflichtigen", en: "Euros per taxpayer"},
  "standort.axis.insolvency": {de: "je 10.000 SvB", en: "per 10,000 employees"},
  "standort.germany": {de: "Deutschland", en: "Germany"},
  "standort.facts.title": {de: "Standortfakten", en: "Location facts"},
  "standort.facts.landPrice": {
    de: "Bauland {year}: {price} €/m² (baureifes Land {baureif} €/m², {cases} Verkäufe; Rang {rank} von {of}, 1 = günstigster)",
    en: "Building land {year}: €{price}/m² (ready-to-build €{baureif}/m², {cases} sales; rank {rank} of {of}, 1 = cheapest)"
  },
  "standort.facts.income": {
    de: "Einkünfte je Steuerpflichtigen {year}: {value} €",
    en: "Income per taxpayer {year}: €{value}"
  },
  "standort.facts.commuters": {
    de: "Pendlersaldo 30.06.{year}: {value} (Einpendler minus Auspendler über die Kreisgrenze)",
    en: "Commuter balance 30 June {year}: {value} (in- minus out-commuters across the district boundary)"
  },
  "standort.facts.groups": {
    de: "Stärkste Berufsgruppen (Standortquotient SvB ggü. Deutschland), {year}:",
    en: "Strongest occupation groups (location quotient of employees vs Germany; titles: our translation), {year}:"
  },
  "standort.facts.group": {
    de: "{code} {name}: LQ {lq}, {unemployed} Arbeitslose, {vacancies} Stellen",
    en: "{code} {name}: LQ {lq}, {unemployed} unemployed, {vacancies} vacancies"
  },
  "standort.facts.link": {de: "Mehr auf der Standortseite", en: "More on the location page"}
} satisfies Entries;
