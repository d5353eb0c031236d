// The bench's floor page for the pane's start: the pane page's own office.js tag and nothing of
// the pane, so the two differ only in what the pane adds.

import { floorHtml, localScripts } from "../../bench/taskpane";

const PANE =
  "<!doctype html><html><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>" +
  "<script defer src=taskpane.1234abcd.js></script></head><body><div id=container></div>" +
  "<link rel=preload as=script href=excel.1234abcd.js></body></html>";

describe("floorHtml", () => {
  test("keeps the pane page's office.js tag and loads none of the pane's scripts", () => {
    const floor = floorHtml(PANE, "Opdater oversigt");
    expect(floor).toContain(
      "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>"
    );
    expect(localScripts(floor)).toEqual([]);
    expect(floor).not.toContain("preload");
    expect(floor).toContain('"Opdater oversigt"');
    expect(floor).toContain("context.sync()");
  });

  test("refuses a page without office.js", () => {
    expect(() => floorHtml("<html><head></head></html>", "x")).toThrow(/office\.js/);
  });
});
