// Zip bombs built in memory for the tests: a real package (.docx, .xlsx) with one part replaced
// by a gigabyte of whitespace inside valid XML. The whitespace is deflated once, 16 MiB at a
// time ending on a sync flush, and the same compressed block repeated (deflate blocks may be
// concatenated), so a 1.2 GB part costs about 1.2 MB and no time. The part's declared size is
// either the truth (refused before inflating) or a lie (caught while inflating).

import JSZip from "jszip";
import { constants, crc32, deflateRawSync } from "zlib";

const BLOCK = 16 * 1024 * 1024;
const SPACES = Buffer.alloc(BLOCK, 0x20);
const SPACES_DEFLATED = deflateRawSync(SPACES, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });

export interface ZipPart {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
  /** The size the central directory and local header declare (default: the true size). */
  declaredSize?: number;
}

export function plainPart(name: string, data: Buffer | string): ZipPart {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8");
  return { name, deflated: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/** `prefix`, then `blocks` × 16 MiB of spaces, then `suffix`, deflated without ever holding it. */
export function whitespacePart(
  name: string,
  prefix: string,
  blocks: number,
  suffix: string
): ZipPart {
  const head = Buffer.from(prefix, "utf8");
  const tail = Buffer.from(suffix, "utf8");
  let crc = crc32(head);
  for (let i = 0; i < blocks; i++) crc = crc32(SPACES, crc);
  crc = crc32(tail, crc);
  const deflated = Buffer.concat([
    deflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH }),
    ...new Array<Buffer>(blocks).fill(SPACES_DEFLATED),
    deflateRawSync(tail),
  ]);
  return { name, deflated, crc, size: head.length + blocks * BLOCK + tail.length };
}

/** A zip (APPNOTE 4.3) of deflated parts; sizes below 4 GiB, so no Zip64. */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const declared = part.declaredSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface BombOptions {
  /** Declare a small size for the bomb part instead of its true size. */
  lie?: boolean;
  /** 16 MiB blocks of whitespace: 72 make the 1.2 GB. */
  blocks?: number;
}

/**
 * `bytes` (a real package) with `part` swapped for the same XML padded by whitespace after its
 * root's start tag: still well-formed, 1.2 GB unpacked by default.
 */
export async function bombOf(
  bytes: Uint8Array,
  part: string,
  options: BombOptions = {}
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: ZipPart[] = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (file.dir) continue;
    const content = await file.async("nodebuffer");
    if (name !== part) {
      parts.push(plainPart(name, content));
      continue;
    }
    const xml = content.toString("utf8");
    const rootStart = /<[A-Za-z_][^>]*>/.exec(
      xml.replace(/^<\?xml[^>]*\?>/, (m) => " ".repeat(m.length))
    );
    const cut = rootStart ? rootStart.index + rootStart[0].length : 0;
    const bomb = whitespacePart(name, xml.slice(0, cut), options.blocks ?? 72, xml.slice(cut));
    if (options.lie) bomb.declaredSize = content.length;
    parts.push(bomb);
  }
  return writeZip(parts);
}
