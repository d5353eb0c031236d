import { createWireExcel } from "./wireHost";

test("smoke", async () => {
  const host = createWireExcel({ sheets: [{ name: "Plan", cells: [["a", "b"], [1, 2]] }], tables: [{ name: "T", sheet: "Plan", address: "A1:B2" }] });
  const Excel = host.Excel as typeof globalThis.Excel;
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets; ws.load("items/name");
    const r = ctx.workbook.worksheets.getItem("Plan").getRange("A1:B2");
    r.load("values,address"); r.format.load("font/bold,columnWidth");
    const t = ctx.workbook.tables.getItemOrNullObject("X"); t.load("name");
    await ctx.sync();
    console.log(ws.items.map((w) => w.name), r.values, r.address, r.format.font.bold, t.isNullObject);
    r.setCellProperties([[{ format: { font: { bold: true } } }, {}], [{}, {}]]);
    r.getCell(0, 0).values = [["x"]];
    await ctx.sync();
    const c = ctx.workbook.worksheets.getItem("Plan").getRange("A1"); c.load("values"); c.format.font.load("bold");
    await ctx.sync();
    console.log(c.values, c.format.font.bold);
  });
  console.log(host.server.exchanges.map((e) => e.request + "\n=> " + JSON.stringify(e.response)).join("\n"));
});
test("range arg", async () => {
  const host = createWireExcel({ sheets: [{ name: "Plan", cells: [["a", "b"], [1, 2]] }] });
  const Excel = host.Excel as typeof globalThis.Excel;
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Plan");
    ws.pageLayout.setPrintTitleRows(ws.getRange("1:1"));
    await ctx.sync();
  }).catch((e) => console.log(String(e)));
  console.log(host.server.exchanges[0].request);
});
