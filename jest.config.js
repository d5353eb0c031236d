/**
 * Jest: ts-jest for TypeScript; node by default, jsdom per file via `@jest-environment jsdom`.
 * Tests are transpiled file by file (isolatedModules): type checking is `npm run typecheck`,
 * which the full test command runs first, so the suite does not type-check everything twice.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
  testTimeout: 30000,
};
