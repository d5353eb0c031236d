// jsdom lacks TextEncoder/TextDecoder, which browsers have (the docx and JSZip code uses them).

import { TextDecoder, TextEncoder } from "util";

if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
