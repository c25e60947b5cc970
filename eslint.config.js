// ESLint (flat config): TypeScript rules, type-only imports, and a ban on Framework's `npm:` specifiers,
// which make the build download from jsDelivr. Markdown pages are checked by scripts/check-no-cdn.ts.
import tseslint from "typescript-eslint";

export default tseslint.config(
  // src/en/ holds symlinks to the German page sources (one source per route for both languages).
  {ignores: ["dist/", "node_modules/", "src/.observablehq/", "src/en/", "test/output/"]},
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", {fixStyle: "inline-type-imports"}],
      "no-restricted-imports": [
        "error",
        {patterns: [{regex: "^npm:", message: "npm: imports download from jsDelivr; import from node_modules."}]}
      ],
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_"}]
    }
  }
);
