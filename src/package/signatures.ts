// What the first bytes of a file say it is: a zip (every .docx, .xlsx), or a Compound File
// Binary container (OLE2) — an old .doc or .xls, or an Office file protected by a password.

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP_MAGIC);
export const isCfb = (bytes: Uint8Array) => startsWith(bytes, CFB_MAGIC);

/**
 * Office stores a password-protected .docx or .xlsx as a CFB file holding the streams
 * EncryptionInfo and EncryptedPackage ([MS-OFFCRYPTO] 2.3.4.4); names are UTF-16LE.
 */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = "EncryptedPackage";
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[2 * i] = name.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** `[Content_Types].xml` names a macro-enabled main part (.docm, .xlsm, their templates). */
export function isMacroEnabled(contentTypes: string | null): boolean {
  return contentTypes !== null && /macroEnabled/i.test(contentTypes);
}
