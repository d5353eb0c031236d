// Bounded unpacking on built packages: declared sizes refused before inflating, lies caught
// while inflating, DTDs in a part's prolog, and real packages passing.

import { BoundedPackage, checkDeclaredSizes, NotAZipError } from "../../src/package/boundedZip";
import { readCentralDirectory } from "../../src/package/centralDirectory";
import { formatSize, MAX_UNPACKED_BYTES, PACKAGE_LIMITS } from "../../src/package/limits";
import { PackageError } from "../../src/package/packageError";
import { plainPart, whitespacePart, writeZip } from "../support/zipBomb";

const XML = '<?xml version="1.0"?>';

async function refusal(run: () => Promise<unknown>): Promise<PackageError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(PackageError);
  return error as PackageError;
}

describe("the central directory", () => {
  it("gives every entry's name and sizes without inflating", () => {
    const zip = writeZip([plainPart("a.xml", "<a/>"), whitespacePart("b.xml", "<b>", 2, "</b>")]);
    expect(readCentralDirectory(zip)).toEqual([
      { name: "a.xml", packedSize: expect.any(Number), unpackedSize: 4, encrypted: false },
      {
        name: "b.xml",
        packedSize: expect.any(Number),
        unpackedSize: 7 + 32 * 1024 * 1024,
        encrypted: false,
      },
    ]);
  });

  it("is null for bytes that are no zip", () => {
    expect(readCentralDirectory(new Uint8Array(100))).toBeNull();
  });
});

describe("refused before inflating", () => {
  it("a package declaring more than the limit in all", async () => {
    const zip = writeZip([whitespacePart("word/document.xml", "<d>", 72, "</d>")]);
    const started = performance.now();
    const error = await refusal(() => BoundedPackage.open(zip));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.key).toBe("input.error.tooLarge");
    expect(error.params).toEqual({ size: "1152 MB", limit: formatSize(MAX_UNPACKED_BYTES) });
  });

  it("a part declaring a ratio beyond the limit", async () => {
    const zip = writeZip([whitespacePart("xl/worksheets/sheet1.xml", "<w>", 2, "</w>")]);
    const error = await refusal(() => BoundedPackage.open(zip));
    expect(error.key).toBe("input.error.tooCompressed");
    expect(error.params).toMatchObject({
      part: "xl/worksheets/sheet1.xml",
      size: "32 MB",
      limit: 100,
    });
    expect(Number(error.params.ratio)).toBeGreaterThan(100);
  });

  it("checks the declared sizes against the limits it is given", () => {
    const entries = [{ name: "a", packedSize: 10, unpackedSize: 2000, encrypted: false }];
    expect(() =>
      checkDeclaredSizes(entries, { ...PACKAGE_LIMITS, maxUnpackedBytes: 1000 })
    ).toThrow(PackageError);
    expect(() => checkDeclaredSizes(entries)).not.toThrow();
  });
});

describe("stopped while inflating, when the declared sizes lie", () => {
  it("at the part's ratio cap", async () => {
    const part = whitespacePart("word/document.xml", "<d>", 72, "</d>");
    part.declaredSize = 1000;
    const pkg = await BoundedPackage.open(writeZip([part]));
    const error = await refusal(() => pkg.text("word/document.xml"));
    expect(error.key).toBe("input.error.tooCompressed");
    expect(String(error.params.size)).toMatch(/^> \d+ MB$/);
  });

  it("at the total, over every part read", async () => {
    const limits = { ...PACKAGE_LIMITS, maxUnpackedBytes: 1024 * 1024 };
    const parts = [1, 2].map((i) => plainPart(`p${i}.bin`, Buffer.alloc(600 * 1024, i)));
    // Declared honestly, the total is refused before inflating.
    await refusal(() => BoundedPackage.open(writeZip(parts), limits));
    // The second part declares 10 bytes: the total is reached while inflating it.
    parts[1].declaredSize = 10;
    const lying = await BoundedPackage.open(writeZip(parts), limits);
    const error = await refusal(() => lying.checkAll());
    expect(error.key).toBe("input.error.tooLarge");
    expect(error.params.limit).toBe("1024 KB");
  });
});

describe("DTDs", () => {
  it("refuses a DOCTYPE in the prolog, even cut between two chunks or after a comment", async () => {
    const doctype = `${XML}<!-- ${" ".repeat(70000)} --><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>`;
    const pkg = await BoundedPackage.open(writeZip([plainPart("word/document.xml", doctype)]));
    const error = await refusal(() => pkg.text("word/document.xml"));
    expect(error.key).toBe("input.error.dtd");
    expect(error.params).toEqual({ part: "word/document.xml" });
  });

  it("reads text that merely mentions <!DOCTYPE inside the root", async () => {
    const xml = `${XML}<d>&lt;!DOCTYPE <![CDATA[<!DOCTYPE x>]]></d>`;
    const pkg = await BoundedPackage.open(writeZip([plainPart("a.xml", xml)]));
    await expect(pkg.text("a.xml")).resolves.toBe(xml);
  });
});

it("says bytes are no zip", async () => {
  await expect(
    BoundedPackage.open(new TextEncoder().encode("PK\u0003\u0004 not really"))
  ).rejects.toBeInstanceOf(NotAZipError);
});
