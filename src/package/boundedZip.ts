// Opening a package (.docx, .xlsx) with a bound: the declared sizes are checked before anything
// is inflated, and inflating counts what really comes out and stops at the same limits, since a
// hostile package can declare small sizes and hold a gigabyte of whitespace. Every XML part read
// is also checked for a DTD. Runs in Node and in the browser (JSZip, no Node API).

import JSZip from "jszip";
import "./messages";
import { readCentralDirectory, type ZipEntryInfo } from "./centralDirectory";
import { formatSize, PACKAGE_LIMITS, type PackageLimits } from "./limits";
import { PackageError } from "./packageError";
import { PrologScan } from "./prologScan";

/** Thrown for bytes that are no readable zip; callers say what the file should have been. */
export class NotAZipError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "NotAZipError";
  }
}

interface StreamHelper {
  on(event: "data", callback: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", callback: () => void): StreamHelper;
  on(event: "error", callback: (error: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

const isXmlPart = (name: string) => /\.(xml|rels|vml)$/i.test(name);

function tooLarge(size: number, limit: number, atLeast: boolean): PackageError {
  return new PackageError("tooLarge", {
    size: atLeast ? `> ${formatSize(size)}` : formatSize(size),
    limit: formatSize(limit),
  });
}

function tooCompressed(
  part: string,
  size: number,
  packed: number,
  limit: number,
  atLeast: boolean
) {
  return new PackageError("tooCompressed", {
    part,
    size: atLeast ? `> ${formatSize(size)}` : formatSize(size),
    packed: formatSize(packed),
    ratio: `${atLeast ? "> " : ""}${Math.floor(size / Math.max(1, packed))}`,
    limit,
  });
}

/** The declared sizes, before inflating: the total and each large part's ratio. */
export function checkDeclaredSizes(
  entries: readonly ZipEntryInfo[],
  limits: PackageLimits = PACKAGE_LIMITS
): void {
  let total = 0;
  for (const entry of entries) total += entry.unpackedSize;
  if (total > limits.maxUnpackedBytes) throw tooLarge(total, limits.maxUnpackedBytes, false);
  for (const entry of entries) {
    if (entry.unpackedSize <= limits.ratioFreeBytes) continue;
    if (entry.unpackedSize > limits.maxCompressionRatio * Math.max(1, entry.packedSize)) {
      const { name, unpackedSize, packedSize } = entry;
      throw tooCompressed(name, unpackedSize, packedSize, limits.maxCompressionRatio, false);
    }
  }
}

export class BoundedPackage {
  /** Bytes inflated so far, over every part read. */
  private inflated = 0;

  private constructor(
    private readonly zip: JSZip,
    private readonly entries: ReadonlyMap<string, ZipEntryInfo>,
    private readonly limits: PackageLimits
  ) {}

  /**
   * Opens a zip: refuses it by its declared sizes, else lets JSZip read its directory (which
   * inflates nothing). Throws PackageError, or NotAZipError for bytes that are no zip.
   */
  static async open(
    bytes: Uint8Array,
    limits: PackageLimits = PACKAGE_LIMITS
  ): Promise<BoundedPackage> {
    const entries = readCentralDirectory(bytes);
    if (!entries) throw new NotAZipError("no zip central directory");
    checkDeclaredSizes(entries, limits);
    if (entries.some((e) => e.encrypted)) throw new PackageError("zipEncrypted");
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw new NotAZipError(error instanceof Error ? error.message : String(error));
    }
    return new BoundedPackage(zip, new Map(entries.map((e) => [e.name, e])), limits);
  }

  names(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir);
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  /** The part's bytes, or null when absent; counted against the limits as it inflates. */
  async bytes(name: string): Promise<Uint8Array | null> {
    const chunks: Uint8Array[] = [];
    const found = await this.inflate(name, (chunk) => chunks.push(chunk));
    if (!found) return null;
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  /** The part as text (UTF-8), or null when absent. */
  async text(name: string): Promise<string | null> {
    const bytes = await this.bytes(name);
    return bytes === null ? null : new TextDecoder().decode(bytes);
  }

  /**
   * Inflates every part and lets go of it: what ExcelJS will inflate again is proved within
   * the limits and free of DTDs first.
   */
  async checkAll(): Promise<void> {
    for (const name of this.names()) await this.inflate(name, () => undefined);
  }

  /** Streams one part through `onChunk`, stopping at the limits; false when it is absent. */
  private inflate(name: string, onChunk: (chunk: Uint8Array) => void): Promise<boolean> {
    const file = this.zip.file(name);
    if (!file) return Promise.resolve(false);
    const packed = this.entries.get(name)?.packedSize ?? 0;
    const { maxUnpackedBytes, maxCompressionRatio, ratioFreeBytes } = this.limits;
    const partCap = Math.max(ratioFreeBytes, maxCompressionRatio * packed);
    const prolog = isXmlPart(name) ? new PrologScan() : null;
    let part = 0;
    return new Promise((resolve, reject) => {
      const stream = (
        file as unknown as { internalStream(type: "uint8array"): StreamHelper }
      ).internalStream("uint8array");
      let stopped = false;
      const stop = (error: Error) => {
        if (stopped) return;
        stopped = true;
        stream.pause();
        reject(error);
      };
      stream
        .on("data", (chunk) => {
          if (stopped) return;
          part += chunk.length;
          this.inflated += chunk.length;
          if (this.inflated > maxUnpackedBytes) {
            stop(tooLarge(this.inflated, maxUnpackedBytes, true));
            return;
          }
          if (part > partCap) {
            stop(tooCompressed(name, part, packed, maxCompressionRatio, true));
            return;
          }
          if (prolog && !prolog.done) {
            prolog.feed(chunk);
            if (prolog.found) {
              stop(new PackageError("dtd", { part: name }));
              return;
            }
          }
          onChunk(chunk);
        })
        .on("error", (error) => stop(new NotAZipError(error.message)))
        .on("end", () => {
          if (!stopped) resolve(true);
        })
        .resume();
    });
  }
}
