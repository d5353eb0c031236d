import { parseOwnerEntry, parseOwners, splitEntries } from "../../../src/core/requests/owners";

describe("column Ansvarlig: owner parsing", () => {
  test("a name with its address, and a bare address", () => {
    expect(parseOwners("Mette Hansen <mette.hansen@kommune.dk>")).toEqual({
      owners: [{ name: "Mette Hansen", email: "mette.hansen@kommune.dk" }],
      invalid: [],
    });
    expect(parseOwners("  lars@wuxi.cn ")).toEqual({
      owners: [{ name: null, email: "lars@wuxi.cn" }],
      invalid: [],
    });
  });

  test("several owners separated by ; or , in the order written", () => {
    const cell = parseOwners("Mette Hansen <mh@a.dk>; lars@b.dk, Ann Berg <ann@c.dk>");
    expect(cell.owners).toEqual([
      { name: "Mette Hansen", email: "mh@a.dk" },
      { name: null, email: "lars@b.dk" },
      { name: "Ann Berg", email: "ann@c.dk" },
    ]);
    expect(cell.invalid).toEqual([]);
  });

  test("a quoted name may hold a comma; the address is kept as written", () => {
    expect(parseOwners('"Hansen, Mette" <Mette.Hansen@Kommune.dk>').owners).toEqual([
      { name: "Hansen, Mette", email: "Mette.Hansen@Kommune.dk" },
    ]);
  });

  test("entries without an address are reported, the others kept", () => {
    const cell = parseOwners("Mette Hansen; lars@b.dk; Kultur <ikke en adresse>; @x");
    expect(cell.owners).toEqual([{ name: null, email: "lars@b.dk" }]);
    expect(cell.invalid).toEqual(["Mette Hansen", "Kultur <ikke en adresse>", "@x"]);
  });

  test("the same address twice counts once (case does not matter)", () => {
    expect(parseOwners("a@b.dk; Anna <A@B.dk>").owners).toEqual([{ name: null, email: "a@b.dk" }]);
  });

  test("empty text and stray separators hold nobody", () => {
    expect(parseOwners("")).toEqual({ owners: [], invalid: [] });
    expect(splitEntries(" ; ,, ")).toEqual([]);
    expect(parseOwnerEntry("<mailto:x@y.dk>")).toEqual({ name: null, email: "x@y.dk" });
  });
});
