// Fluent's dark theme, as its own chunk (see theme.ts).

export { webDarkTheme } from "@fluentui/react-components";
