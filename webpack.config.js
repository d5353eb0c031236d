// Builds the add-in's web part: taskpane.html, commands.html (ribbon function file), message.html
// (the dialog a failed ribbon refresh opens), their bundles, the icons, and dist/manifest.xml with
// its URLs pointing at ADDIN_BASE_URL (default https://localhost:3000).
//
//   ADDIN_BASE_URL=https://addin.example.org/statusoversigt npm run build
//
// Office.js is loaded from Microsoft's CDN by a <script> in each page, never bundled. The
// production build fails when the JS loaded before the pane's first render exceeds the gzip
// budget, when ExcelJS ends up in a browser bundle, or when the Word code (docx, JSZip, xmldom)
// is loaded with the pane instead of on demand.

const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { WebpackError } = require("webpack");

const DEV_URL = "https://localhost:3000";
const DEV_PORT = 3000;
/** Budget for all JS the task pane loads before its first render, gzipped (111 KB today: Griffel's
 * run-time style resolver coming back, ~8 KB, would fail it). */
const TASKPANE_GZIP_BUDGET = 115 * 1024;
/** Word code (reading and writing .docx): only in the chunk the pane loads when it is used. */
const LAZY_ONLY = /[\\/]node_modules[\\/](docx|jszip|@xmldom)[\\/]/;

function baseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || DEV_URL).trim().replace(/\/+$/, "");
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must use https (Office requires it): ${raw}`);
  }
  return raw;
}

/** The source manifest uses the development URL; the built one points at the base URL. */
function manifestFor(content, url) {
  const withoutComments = content.toString("utf8").replace(/\s*<!--[\s\S]*?-->/g, "");
  return withoutComments.split(DEV_URL).join(url);
}

/** Fails the build on a too large initial task pane or on ExcelJS in a browser bundle. */
class BundleGuardPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleGuardPlugin", (compilation) => {
      compilation.hooks.afterProcessAssets.tap("BundleGuardPlugin", () => {
        for (const [name, entrypoint] of compilation.entrypoints) {
          for (const chunk of entrypoint.chunks) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              const resource = module.resource || module.rootModule?.resource || "";
              if (/[\\/]node_modules[\\/]exceljs[\\/]/.test(resource)) {
                compilation.errors.push(
                  new WebpackError(`ExcelJS must not be bundled for the browser (entry "${name}").`)
                );
                return;
              }
            }
          }
        }
        const taskpane = compilation.entrypoints.get("taskpane");
        for (const chunk of taskpane ? taskpane.chunks : []) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.resource || module.rootModule?.resource || "";
            if (LAZY_ONLY.test(resource)) {
              compilation.errors.push(
                new WebpackError(
                  `The Word code must load on demand, not with the pane: ${resource}`
                )
              );
              return;
            }
          }
        }
        if (compiler.options.mode !== "production") return;
        if (!taskpane) return;
        let gzipped = 0;
        const files = taskpane.getFiles().filter((file) => file.endsWith(".js"));
        for (const file of files) {
          gzipped += zlib.gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length;
        }
        const kb = (gzipped / 1024).toFixed(1);
        if (gzipped > TASKPANE_GZIP_BUDGET) {
          compilation.errors.push(
            new WebpackError(
              `Task pane JS before first render is ${kb} KB gzipped; budget ${TASKPANE_GZIP_BUDGET / 1024} KB.`
            )
          );
        } else {
          console.log(
            `Task pane initial JS: ${kb} KB gzipped (budget ${TASKPANE_GZIP_BUDGET / 1024} KB).`
          );
        }
      });
    });
  }
}

/**
 * Preloads the named on-demand chunks (with the chunks they share) of a page, after office.js:
 * the page's own script stays `defer` and runs once office.js has, and the preload links go at
 * the end of the body, so office.js is fetched, compiled and run first. (Running the pane's
 * script async ahead of office.js was measured slower on a busy 2-core machine: it delayed
 * office.js, 463 vs 426 ms median over 40 interleaved loads.) Preloading only fetches; a chunk
 * runs when the pane imports it.
 */
class AdapterPreloadPlugin {
  constructor(page, chunkNames) {
    this.page = page;
    this.chunkNames = chunkNames;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AdapterPreloadPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        "AdapterPreloadPlugin",
        (data) => {
          if (data.outputName !== this.page) return data;
          const files = new Set();
          for (const name of this.chunkNames) {
            const group = compilation.namedChunkGroups.get(name);
            if (!group) {
              compilation.errors.push(new WebpackError(`No chunk "${name}" to preload.`));
              continue;
            }
            for (const file of group.getFiles()) if (file.endsWith(".js")) files.add(file);
          }
          const preloads = [...files].map((file) => ({
            tagName: "link",
            voidTag: true,
            meta: { plugin: "AdapterPreloadPlugin" },
            attributes: { rel: "preload", as: "script", href: data.publicPath + file },
          }));
          return { ...data, bodyTags: [...data.bodyTags, ...preloads] };
        }
      );
    });
  }
}

/** HTTPS options for the dev server: office-addin-dev-certs when installed, else a fallback. */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const reason = error && error.message ? error.message.trim() : String(error);
    // The tool may have generated its certificates but failed to trust its CA (no admin rights).
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      console.warn(
        `\n[dev-server] office-addin-dev-certs could not trust its CA (${reason}).\n` +
          `[dev-server] Serving HTTPS with its certificate from ${dir}; trust ${files[0]} ` +
          "(or run `npx office-addin-dev-certs install` as an administrator) so Office accepts it.\n"
      );
      const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
      return { type: "https", options: { ca, cert, key } };
    }
    console.warn(
      `\n[dev-server] office-addin-dev-certs is not available (${reason}).\n` +
        "[dev-server] Serving HTTPS with webpack-dev-server's own self-signed certificate. Office " +
        "will not trust it until you do; `npx office-addin-dev-certs install` gives a trusted one.\n"
    );
    return "https";
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const serving = !!(env && env.WEBPACK_SERVE);
  const url = dev ? DEV_URL : baseUrl();

  return {
    mode,
    devtool: dev ? "eval-cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      message: "./src/commands/messagePage.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Griffel's ahead-of-time transform (after ts-loader: loaders run last to first):
            // makeStyles calls become their precomputed classes and CSS at build time, so the
            // pane's first render does not resolve style objects (Fluent's own styles ship so).
            {
              loader: "@griffel/webpack-loader",
              options: {
                modules: [
                  {
                    moduleSource: "@fluentui/react-components",
                    importName: "makeStyles",
                    resetImportName: "makeResetStyles",
                  },
                ],
              },
            },
            {
              loader: "ts-loader",
              options: {
                // Type checking is `npm run typecheck`; ES modules let webpack tree-shake Fluent.
                transpileOnly: true,
                compilerOptions: { module: "esnext", sourceMap: dev, target: "ES2020" },
              },
            },
          ],
        },
      ],
    },
    optimization: { usedExports: true, sideEffects: true },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The template places the tags: the script after office.js, the preloads at the end.
        inject: false,
      }),
      new AdapterPreloadPlugin("taskpane.html", ["excel"]),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "message.html",
        template: "./src/commands/message.html",
        chunks: ["message"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content, url),
          },
        ],
      }),
      new BundleGuardPlugin(),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          server: await devServerTransport(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

// For tests of the build's manifest rewriting.
module.exports.manifestFor = manifestFor;
module.exports.baseUrl = baseUrl;
