// Column Ansvarlig (Owner): who carries out an action. A cell holds e-mail addresses, each
// optionally with a display name (`Mette Hansen <mette.hansen@kommune.dk>`), separated by `;`
// or `,`. A separator inside quotes or angle brackets does not split (`"Hansen, Mette" <m@x.dk>`).
// An entry without an address cannot be asked: it is reported, and the column is never rewritten.

export interface Owner {
  /** The display name as written, or null when the entry is only an address. */
  name: string | null;
  /** The address as written. */
  email: string;
}

export interface OwnerCell {
  owners: Owner[];
  /** Entries that hold no address, as written. */
  invalid: string[];
}

/**
 * A pragmatic address check (one `@`, a dot in the domain, no spaces or brackets): enough to
 * tell an address from a name; Excel and the mail system decide whether it reaches anyone.
 */
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;".]+$/;

export function isAddress(text: string): boolean {
  return ADDRESS.test(text);
}

/** The entries of a cell: split on `;` and `,` outside quotes and angle brackets. */
export function splitEntries(text: string): string[] {
  const entries: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (const ch of text) {
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === "<" && !quoted) bracket = true;
    else if (ch === ">" && !quoted) bracket = false;
    if ((ch === ";" || ch === ",") && !quoted && !bracket) {
      entries.push(current);
      current = "";
    } else current += ch;
  }
  entries.push(current);
  return entries.map((e) => e.trim()).filter((e) => e !== "");
}

function unquote(name: string): string {
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).trim()
    : trimmed;
}

/** One entry: `Name <address>`, `<address>` or `address`; null when it holds no address. */
export function parseOwnerEntry(entry: string): Owner | null {
  const bracketed = /^(.*)<\s*([^<>]*?)\s*>\s*$/s.exec(entry);
  if (bracketed) {
    const email = bracketed[2].replace(/^mailto:/i, "");
    if (!isAddress(email)) return null;
    const name = unquote(bracketed[1]);
    return { name: name === "" ? null : name, email };
  }
  const email = entry.replace(/^mailto:/i, "");
  return isAddress(email) ? { name: null, email } : null;
}

/** The owners of one cell, in the order written; an address given twice counts once. */
export function parseOwners(text: string): OwnerCell {
  const owners: Owner[] = [];
  const invalid: string[] = [];
  for (const entry of splitEntries(text)) {
    const owner = parseOwnerEntry(entry);
    if (!owner) invalid.push(entry);
    else if (!owners.some((o) => sameAddress(o.email, owner.email))) owners.push(owner);
  }
  return { owners, invalid };
}

/** Addresses compare without case (the mail system ignores it in practice). */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

export function sameAddress(a: string, b: string): boolean {
  return addressKey(a) === addressKey(b);
}
