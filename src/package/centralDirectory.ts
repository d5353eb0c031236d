// The zip's central directory (APPNOTE.TXT 4.3.12–4.3.16, with Zip64 4.3.14, 4.5.3): every
// entry's name, packed and declared unpacked size, read without inflating anything, so a package
// that declares too much is refused before any work.

export interface ZipEntryInfo {
  name: string;
  packedSize: number;
  /** As declared: a hostile package may lie, so inflating counts again. */
  unpackedSize: number;
  /** General purpose bit 0: the entry is encrypted (zip encryption, not Office's). */
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const MAX_U32 = 0xffffffff;

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** The entries, or null when the bytes have no readable central directory. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.length - 22;
  let eocd = -1;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === MAX_U32) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
    const record = u64(view, locator + 8);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return null;
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const flags = view.getUint16(at + 8, true);
    let packedSize = view.getUint32(at + 20, true);
    let unpackedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Zip64 extended information: the sizes that did not fit, unpacked first (4.5.3).
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (unpackedSize === MAX_U32 && field + 8 <= extraEnd) {
          unpackedSize = u64(view, field);
          field += 8;
        }
        if (packedSize === MAX_U32 && field + 8 <= extraEnd) packedSize = u64(view, field);
      }
      extra += 4 + size;
    }
    entries.push({ name, packedSize, unpackedSize, encrypted: (flags & 1) === 1 });
    at = extraEnd + commentLength;
  }
  return entries;
}
