// The Word code, loaded when first used: its libraries (docx, JSZip) stay out of the JavaScript
// the pane needs to open (the build checks this).

export type WordModule = typeof import("../word/browser");

export const loadWord = (): Promise<WordModule> =>
  import(/* webpackChunkName: "word" */ "../word/browser");
