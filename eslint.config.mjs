// Lint: Next's own rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's
// recommended set. Layout is Prettier's job, so eslint-config-prettier comes last and switches off
// any rule that would argue with it.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Next ships these two as warnings; here a warning would be ignored, so they fail the run.
      // A leading underscore marks a parameter or binding that is unused on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  prettier,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "db/migrations/**",
    "next-env.d.ts",
  ]),
]);
