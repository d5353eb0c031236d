// Finds a DTD (`<!DOCTYPE`, `<!ENTITY`) in an XML part's prolog, chunk by chunk as it inflates.
// A DTD can only stand before the root element (XML 1.0 §2.8), so the scan stops at the first
// start tag; Office never writes one, and a DTD is how entity expansion and external entities
// get in, so the part is refused rather than handed to a parser.

const LT = 0x3c;
const BANG = 0x21;
const DOCTYPE = [..."DOCTYPE"].map((c) => c.charCodeAt(0));
const ENTITY = [..."ENTITY"].map((c) => c.charCodeAt(0));

function isNameStart(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    byte === 0x5f ||
    byte === 0x3a ||
    byte >= 0x80
  );
}

export class PrologScan {
  /** The root element has started: no DTD can follow. */
  done = false;
  found = false;
  /** The last bytes of the previous chunk, for a marker cut in two. */
  private carry: number[] = [];

  feed(chunk: Uint8Array): void {
    if (this.done) return;
    const bytes = this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    const end = bytes.length;
    for (let i = 0; i < end; i++) {
      if (bytes[i] !== LT) continue;
      if (i + 1 >= end) break;
      const next = bytes[i + 1];
      if (isNameStart(next)) {
        this.done = true;
        return;
      }
      if (next === BANG && (matches(bytes, i + 2, DOCTYPE) || matches(bytes, i + 2, ENTITY))) {
        this.found = true;
        this.done = true;
        return;
      }
    }
    this.carry = Array.from(bytes.subarray(Math.max(0, end - 9)));
  }
}

function matches(bytes: Uint8Array, at: number, word: readonly number[]): boolean {
  if (at + word.length > bytes.length) return false;
  return word.every((b, i) => bytes[at + i] === b);
}

function concat(head: readonly number[], chunk: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + chunk.length);
  out.set(head, 0);
  out.set(chunk, head.length);
  return out;
}
