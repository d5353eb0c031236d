// The task pane's Word import (src/word/browser, the browser's DOMParser) in a process of its own,
// with jsdom's DOMParser standing in for the browser's, so /usr/bin/time can measure its memory on
// a file: `node --import tsx test/support/paneWordImport.ts FILE.docx` prints what it said.

import { readFileSync } from "fs";
import { JSDOM } from "jsdom";

const { window } = new JSDOM("");
Object.assign(globalThis, { DOMParser: window.DOMParser });

async function main(file: string): Promise<void> {
  const { importWordBytes } = await import("../../src/word/browser");
  const { errorMessage } = await import("../../src/core/errorMessage");
  try {
    const result = await importWordBytes(readFileSync(file));
    process.stdout.write(JSON.stringify({ ok: result.ok }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ ok: false, message: errorMessage(error, "da") }));
  }
}

void main(process.argv[2]);
