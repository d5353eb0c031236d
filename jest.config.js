/** Jest: ts-jest for TypeScript; node by default, jsdom per file via `@jest-environment jsdom`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
  testTimeout: 30000,
};
