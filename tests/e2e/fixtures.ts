import fs from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type Page } from "@playwright/test";
import { e2ePaths, e2ePort } from "../support/e2e-paths";
import { e2eCronSecret } from "./server-settings";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page (injected as a script: @axe-core/playwright needs a newer Node) and returns serious problems. */
export async function findAccessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Headers the scheduler sends to POST /api/cron/*. */
export const cronHeaders = { authorization: `Bearer ${e2eCronSecret}` };

export const test = base;
export { expect };

/** The newest link to this site in an email to `address`, read from the server's log (emails are printed there without SMTP_URL). */
export async function readEmailedLink(address: string, pathPrefix: string): Promise<string> {
  const { serverLogFile } = e2ePaths(e2ePort);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const log = fs.existsSync(serverLogFile) ? fs.readFileSync(serverLogFile, "utf8") : "";
    const blocks = log.split("[email] to ").filter((block) => block.startsWith(`${address}:`));
    const link = blocks.at(-1)?.match(new RegExp(`https?://\\S+${pathPrefix.replace(/[/?]/g, "\\$&")}\\S*`))?.[0];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`No email to ${address} with a ${pathPrefix} link in ${serverLogFile}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Signs up through the form and follows the emailed link, as a new collector would. */
export async function signUpThroughEmail(page: Page, input: { email: string; displayName: string; password: string; country?: string }): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(input.email);
  await page.getByLabel("Display name").fill(input.displayName);
  await page.getByLabel("Country you live in").selectOption(input.country ?? "US");
  await page.getByLabel("Password", { exact: true }).fill(input.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await readEmailedLink(input.email, "/sign-up/confirm"));
  await page.getByRole("button", { name: "Finish creating my account" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(input.displayName);
}
