// The manifest's wiring must match the code: function name, pages the build emits, icons.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { REFRESH_FUNCTION } from "../../src/commands/register";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("names the registered ribbon function", () => {
    expect(manifest).toContain(`<FunctionName>${REFRESH_FUNCTION}</FunctionName>`);
  });

  it("uses https://localhost:3000 for every URL in development", () => {
    const urls = manifest.match(/(?:DefaultValue|Value)="(https?:[^"]+)"/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const attr of urls) expect(attr).toMatch(/"https:\/\/localhost:3000\//);
  });

  it("references icons that exist in assets/", () => {
    const icons = [...manifest.matchAll(/localhost:3000\/(assets\/[^"]+\.png)/g)].map((m) => m[1]);
    expect(new Set(icons)).toEqual(
      new Set([
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
      ])
    );
    for (const icon of icons) expect(existsSync(join(root, icon))).toBe(true);
  });

  it("lets a workbook open the pane by itself", () => {
    expect(manifest).toContain("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>");
  });

  it("is Danish by default with English overrides", () => {
    expect(manifest).toContain("<DefaultLocale>da-DK</DefaultLocale>");
    expect(manifest).toContain('<bt:String id="Refresh.Label" DefaultValue="Opdater oversigt">');
    expect(manifest).toContain('<bt:Override Locale="en-US" Value="Refresh Overview" />');
  });
});
