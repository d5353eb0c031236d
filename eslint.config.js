// ESLint flat config: the Office add-in rules (office-addins/*, prettier) for all sources,
// plus the boundary that keeps src/core pure (no Office, React, Fluent, ExcelJS, zip or Word
// libraries, no Node built-ins: the core runs unchanged in the pane and the command line).
const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");
const globals = require("globals");

const hostModules = [
  "react",
  "react-dom",
  "react-dom/*",
  "react/*",
  "exceljs",
  "@fluentui/*",
  "@griffel/*",
  "@microsoft/office-js",
  "@microsoft/office-js-helpers",
  "office-addin-*",
  "jszip",
  "docx",
  "@xmldom/*",
  "fs",
  "fs/*",
  "path",
  "node:*",
];

module.exports = [
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-tsc/",
      "dist-cli/",
      "out/",
      "coverage/",
      "test-artifacts/",
      "render-out/",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,cjs}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "no-undef": "off",
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "office-addins/no-context-sync-in-loop": "error" },
  },
  {
    // ExcelJS code: its objects have no load()/sync(); the Office.js batching rules misread it.
    files: ["src/xlsx/**", "src/cli/**", "examples/**", "test/xlsx/**", "test/cli/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
  {
    // Griffel's build-time transform (webpack.config.js) looks for makeStyles imported from
    // Fluent: styles imported otherwise would silently be resolved at run time again.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@griffel/*"],
              message:
                "Import makeStyles (and mergeClasses, shorthands) from @fluentui/react-components, which the build's Griffel loader transforms.",
            },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: it describes plans and sheets, hosts apply them.
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: hostModules,
              message:
                "src/core is pure TypeScript: no Office, React, Fluent UI, ExcelJS, docx or JSZip (hosts are adapters).",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/core must not use Office.js." },
        { name: "Excel", message: "src/core must not use Office.js." },
        { name: "OfficeExtension", message: "src/core must not use Office.js." },
        { name: "document", message: "src/core must not touch the DOM." },
        { name: "window", message: "src/core must not touch the DOM." },
        { name: "DOMParser", message: "src/core must not parse XML: src/word does." },
      ],
    },
  },
];
