// ESLint for the browser scripts the host serves (console, level editor, level map, /m pages).
const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  js.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, Blazor: "readonly", DotNet: "readonly" },
    },
    rules: {
      "no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "smart"],
      "no-var": "error",
      "prefer-const": "error",
      "no-implicit-globals": "error",
    },
  },
  {
    // The /m pages load m.js as a classic script (no module support needed on old WeChat browsers).
    files: ["**/m.js"],
    languageOptions: { sourceType: "script" },
  },
];
