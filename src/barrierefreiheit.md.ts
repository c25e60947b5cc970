import {accessibilityPage} from "../data-loaders/pages/accessibility-page.js";
import {langOfPath} from "./shared/i18n/page.js";

// Framework runs this loader as src/barrierefreiheit.md.ts and, through the symlink, as src/en/barrierefreiheit.md.ts.
process.stdout.write(accessibilityPage(langOfPath(process.argv[1] ?? "")));
