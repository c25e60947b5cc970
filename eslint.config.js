// ESLint (flat config): TypeScript rules, type-only imports, the layers of the project, and a ban on Framework's
// `npm:` specifiers, which make the build download from jsDelivr. Markdown pages are checked by
// scripts/check-no-cdn.ts; import circles by scripts/check-imports.ts (run in `npm test`).
import tseslint from "typescript-eslint";

/**
 * Imports point one way: src/*.md → src/components → src/lib → src/shared ← data-loaders ← src/data/*.ts
 * (docs/architecture.md, "Schichten"). scripts/check-imports.ts checks the same for src/shared and data-loaders on
 * resolved paths; these patterns flag the usual spellings in the editor.
 */
const NPM = {regex: "^npm:", message: "npm: imports download from jsDelivr; import from node_modules."};
const DATA_LOADERS = {
  regex: "(^|/)data-loaders/",
  message:
    "The browser layers (src/lib, src/components) never import the build; move shared types to src/shared/rows.ts."
};
const COMPONENTS = {
  regex: "(^|/)components/",
  message: "src/lib sits below the components: move the shared type or function into src/lib or src/shared."
};
const OUTSIDE_SHARED = {
  regex: "(^|/)src/(?!shared/)|^(\\.\\./)+(scripts|test)/",
  message: "data-loaders/ imports only src/shared/ of the project: move what the build needs into src/shared/."
};
const SHARED_ONLY = {
  regex: "^(\\.\\./)+(lib|components|pages|data|data-loaders|scripts|test)/|\\.md(\\.js)?$",
  message: "src/shared/ is the contract between build and browser and imports nothing else of the project."
};
const PAGE_HELPERS = {
  regex: "(^|/)(pages/|[^/]+\\.md(\\.js)?$)",
  message: "A component never imports a page or a page helper; pass what it needs as an argument."
};
const restrict = (...patterns) => ["error", {patterns: [NPM, ...patterns]}];

export default tseslint.config(
  // src/en/ holds symlinks to the German page sources (one source per route for both languages).
  {ignores: ["dist/", "node_modules/", "src/.observablehq/", "src/en/", "test/output/"]},
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", {fixStyle: "inline-type-imports"}],
      "no-restricted-imports": restrict(),
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_"}]
    }
  },
  {files: ["src/lib/**/*.ts"], rules: {"no-restricted-imports": restrict(DATA_LOADERS, COMPONENTS)}},
  {files: ["src/components/**/*.ts"], rules: {"no-restricted-imports": restrict(DATA_LOADERS, PAGE_HELPERS)}},
  {files: ["src/shared/**/*.ts"], rules: {"no-restricted-imports": restrict(SHARED_ONLY)}},
  {files: ["data-loaders/**/*.ts"], rules: {"no-restricted-imports": restrict(OUTSIDE_SHARED)}}
);
