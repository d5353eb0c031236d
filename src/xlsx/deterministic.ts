// Same workbook, same bytes: ExcelJS stamps every zip entry with the current time, so we
// re-pack the zip with one fixed date. Used for files committed to the repository.

import JSZip from "jszip";

export async function normalizeZipDates(buffer: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  // Entry order as ExcelJS wrote it ([Content_Types].xml first, as Excel expects).
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  for (const name of names) {
    out.file(name, await zip.files[name].async("nodebuffer"), { date, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "DOS" });
}
