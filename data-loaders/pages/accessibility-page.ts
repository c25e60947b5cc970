import {PUBLISHER} from "../../src/shared/publisher.js";
import {type Key, type Lang, t} from "../../src/shared/i18n/index.js";
import {formatDate} from "../../src/shared/locale.js";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The markdown of the accessibility statement (/barrierefreiheit, /en/barrierefreiheit): the text from the
 * dictionary, the publisher's contact, date and enforcement body from src/shared/publisher.ts. Static HTML only.
 */
export function accessibilityPage(lang: Lang, publisher = PUBLISHER): string {
  const tr = (key: Key, params: Record<string, string> = {}) => escape(t(lang, key, params));
  const name = publisher.name;
  const date = formatDate(new Date(`${publisher.statementDate}T00:00:00Z`), lang);
  const contact = [
    `<li>${tr("a11y.email")}: <a href="mailto:${escape(publisher.email)}">${escape(publisher.email)}</a></li>`,
    publisher.phone ? `<li>${tr("a11y.phone")}: ${escape(publisher.phone)}</li>` : "",
    publisher.address ? `<li>${tr("a11y.address")}: ${escape(publisher.address)}</li>` : ""
  ].filter(Boolean);
  const gaps = (["a11y.gap.maps", "a11y.gap.exports", "a11y.gap.sql"] as const).map((key) => `- ${tr(key)}`);
  return `---
title: Erklärung zur Barrierefreiheit
toc: false
---

# ${tr("title.accessibility")}

${tr("a11y.intro", {publisher: name})}

## ${tr("a11y.status")}

${tr("a11y.statusText")}

## ${tr("a11y.gaps")}

${gaps.join("\n")}

## ${tr("a11y.method")}

${tr("a11y.methodText", {date})}

## ${tr("a11y.feedback")}

${tr("a11y.feedbackText", {publisher: name})}

<ul>
${contact.join("\n")}
</ul>

## ${tr("a11y.enforcement")}

${tr("a11y.enforcementText")}

<p><a href="${escape(publisher.enforcement.url)}">${escape(publisher.enforcement.name[lang])}</a></p>
`;
}
