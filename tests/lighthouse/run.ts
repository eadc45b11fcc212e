import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

// `npm run lighthouse -- --base http://localhost:3000`: Lighthouse's desktop audits (SEO, best
// practices, accessibility) of the pages search engines and shared links land on, against a running
// `npm start`, in Debian's Chromium. Lighthouse 12 is the last for Node 20; npx fetches it on first use
// rather than every `npm ci` installing it for a check that is not part of `npm test`.

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    pages: { type: "string", default: "/,/listings/1,/value,/reports/pedal_car/late_soft_tires,/results" },
  },
});
const out = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
type Report = {
  categories: Record<string, { id: string; score: number }>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string }>;
};

console.log("| page | accessibility | best practices | SEO | failing audits |\n|---|---|---|---|---|");
for (const page of values.pages.split(",")) {
  const file = path.join(out, `${page.replace(/[^a-z0-9]+/gi, "_") || "home"}.json`);
  execFileSync(
    "npx",
    [
      "--yes",
      "lighthouse@12.8.2",
      `${values.base}${page}`,
      "--preset=desktop",
      "--only-categories=seo,best-practices,accessibility",
      "--output=json",
      `--output-path=${file}`,
      "--chrome-flags=--headless=new --no-sandbox",
      "--quiet",
    ],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
    },
  );
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as Report;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(report.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        !["informative", "manual", "notApplicable"].includes(a.scoreDisplayMode),
    )
    .map((a) => a.id);
  console.log(
    `| ${page} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${failing.join(", ") || "none"} |`,
  );
}
