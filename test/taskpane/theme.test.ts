import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, isDarkOfficeTheme } from "../../src/taskpane/theme";

describe("Office theme → Fluent theme", () => {
  it("follows Office's isDarkTheme", async () => {
    expect(await fluentTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(
      webDarkTheme
    );
    expect(await fluentTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(
      webLightTheme
    );
  });

  it("reads the body background when isDarkTheme is missing", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "not a colour" })).toBe(false);
  });

  it("is light without any theme information", async () => {
    expect(await fluentTheme(undefined)).toBe(webLightTheme);
  });
});
