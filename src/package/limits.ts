// How much a package (.docx, .xlsx) may unpack to. Far above any real plan: a plan of 20,000
// actions with its overview unpacks to some 18 MB, and every closed round adds about 8 MB of
// history (Statusrunder), so 500 MB holds 50 rounds and more of it; real parts compress 5–20
// times (a sheet's XML, shared strings), a zip bomb of whitespace about 1,000 times.
// Documented in docs/input-limits.md.

const MIB = 1024 * 1024;

export interface PackageLimits {
  /** All parts together, unpacked (declared before inflating, counted while inflating). */
  maxUnpackedBytes: number;
  /** Unpacked bytes per packed byte, for a part larger than `ratioFreeBytes`. */
  maxCompressionRatio: number;
  /** A part up to this size may compress any amount (small parts often do, harmlessly). */
  ratioFreeBytes: number;
}

/**
 * 500 MiB also stays below the longest string JavaScript holds (2^29 − 24 characters in V8),
 * so a Word document's part that passes can always be read as text.
 */
export const MAX_UNPACKED_BYTES = 500 * MIB;
export const MAX_COMPRESSION_RATIO = 100;
export const RATIO_FREE_BYTES = 16 * MIB;

export const PACKAGE_LIMITS: PackageLimits = {
  maxUnpackedBytes: MAX_UNPACKED_BYTES,
  maxCompressionRatio: MAX_COMPRESSION_RATIO,
  ratioFreeBytes: RATIO_FREE_BYTES,
};

/** Bytes as the messages show them: whole KB below 10 MB, whole MB above (no decimals). */
export function formatSize(bytes: number): string {
  if (bytes >= 10 * MIB) return `${Math.round(bytes / MIB)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
