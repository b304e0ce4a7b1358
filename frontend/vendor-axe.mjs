// Copies axe-core (accessibility rules engine) into ../tests/browser/vendor/ for the browser
// tests; it is test tooling only and never goes into ../static/. Run by `npm run build`.
import { cp, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const frontendDir = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(frontendDir, "../tests/browser/vendor");
const src = path.dirname(require.resolve("axe-core/package.json"));
const { version } = require("axe-core/package.json");

await mkdir(out, { recursive: true });
// axe.min.js starts with its own licence header (MPL-2.0, version).
await cp(path.join(src, "axe.min.js"), path.join(out, "axe.min.js"));
await cp(path.join(src, "LICENSE"), path.join(out, "LICENSE-axe-core.txt"));
await writeFile(
  path.join(out, "NOTICE.txt"),
  `axe.min.js: axe-core v${version} (https://github.com/dequelabs/axe-core), Mozilla Public
License 2.0 (LICENSE-axe-core.txt), by Deque Systems, Inc. Used only by the browser tests
(tests/browser/); the portal never serves it.

Copied by frontend/vendor-axe.mjs (\`make vendor\`) - do not edit by hand.
`,
);
console.log(`Copied axe-core ${version} -> ${path.relative(path.resolve(frontendDir, ".."), out)}/`);
