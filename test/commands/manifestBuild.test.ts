// The build rewrites the manifest's development URLs to ADDIN_BASE_URL (webpack.config.js).
import { readFileSync } from "fs";
import { join } from "path";

const config = require("../../webpack.config.js") as {
  manifestFor: (content: Buffer, url: string) => string;
  baseUrl: () => string;
};

const source = readFileSync(join(__dirname, "..", "..", "manifest.xml"));

describe("built manifest", () => {
  const saved = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  it("points every URL at the base URL and keeps nothing of localhost", () => {
    const built = config.manifestFor(source, "https://addin.example.org/so");
    expect(built).not.toContain("localhost");
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://addin.example.org/so/taskpane.html" />'
    );
    expect(built).toContain('DefaultValue="https://addin.example.org/so/commands.html"');
    expect(built).toContain('DefaultValue="https://addin.example.org/so/assets/icon-80.png"');
  });

  it("takes the base URL from ADDIN_BASE_URL without a trailing slash, https only", () => {
    delete process.env.ADDIN_BASE_URL;
    expect(config.baseUrl()).toBe("https://localhost:3000");
    process.env.ADDIN_BASE_URL = "https://addin.example.org/so/";
    expect(config.baseUrl()).toBe("https://addin.example.org/so");
    process.env.ADDIN_BASE_URL = "http://addin.example.org";
    expect(() => config.baseUrl()).toThrow(/https/);
  });
});
