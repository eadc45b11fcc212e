import fs from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { e2ePaths, e2ePort } from "../support/e2e-paths";
import { SignInPage } from "./pages/sign-in-page";
import { e2eCronSecret } from "./server-settings";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page (injected as a script: @axe-core/playwright needs a newer Node) and returns serious problems. */
export async function findAccessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Headers the scheduler sends to POST /api/cron/*. */
export const cronHeaders = { authorization: `Bearer ${e2eCronSecret}` };

/** The demo accounts from the README (the end-to-end server seeds the demo catalogue). */
export const demoAccounts = {
  admin: { email: "admin@moskvitch.example", password: "Admin-Moskvitch-1973" },
  seller: { email: "seller@moskvitch.example", password: "Pedal-Car-Restorer-1984" },
  parts: { email: "parts@moskvitch.example", password: "Spare-Parts-Depot-1988" },
  collector: { email: "collector@moskvitch.example", password: "Collector-Aleko-2141" },
  buyer: { email: "buyer@moskvitch.example", password: "Buyer-Windscreen-1993" },
} as const;
export type DemoAccount = keyof typeof demoAccounts;

export type NewAccount = { email?: string; displayName: string; password: string; country?: string };

/**
 * Who to be: a demo account by name, or a new collector signed up through the emailed link.
 * Without `page`, in a browser context of their own (closed when the test ends).
 */
export type SignedIn = (
  who: DemoAccount | NewAccount,
  options?: { page?: Page; timeout?: number },
) => Promise<Page>;

/** The server's market clock (TEST_CLOCK=true on the end-to-end server), put back when the test ends. */
export type TestClock = {
  /** Moves the market's clock forward by at least `ms` (whole seconds); returns the server's new time. */
  advanceBy(ms: number): Promise<Date>;
  reset(): Promise<void>;
};

export const test = base.extend<{ signedIn: SignedIn; testClock: TestClock }>({
  signedIn: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (who, options = {}) => {
      let page = options.page;
      if (!page) {
        const context = await browser.newContext();
        contexts.push(context);
        page = await context.newPage();
      }
      if (typeof who === "string") {
        const { email, password } = demoAccounts[who];
        await new SignInPage(page).signIn(
          email,
          password,
          options.timeout ? { timeout: options.timeout } : {},
        );
      } else {
        const email =
          who.email ?? `${who.displayName.toLowerCase().replace(/[^a-z]+/g, "-")}-${Date.now()}@example.com`;
        await signUpThroughEmail(page, { ...who, email });
      }
      return page;
    });
    for (const context of contexts) await context.close();
  },
  testClock: async ({ request }, provide) => {
    const move = async (data: object) => {
      const response = await request.post("/api/cron/test-clock", { headers: cronHeaders, data });
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()) as { offsetMs: number; now: string };
    };
    let moved = false;
    await provide({
      async advanceBy(ms) {
        moved = true;
        return new Date((await move({ advanceSeconds: Math.max(1, Math.ceil(ms / 1000)) })).now);
      },
      async reset() {
        await move({ reset: true });
      },
    });
    if (moved) await move({ reset: true });
  },
});
export { expect };

/** The newest link to this site in an email to `address`, read from the server's log (emails are printed there without SMTP_URL). */
export async function readEmailedLink(address: string, pathPrefix: string): Promise<string> {
  const { serverLogFile } = e2ePaths(e2ePort);
  const pattern = new RegExp(`https?://\\S+${pathPrefix.replace(/[/?]/g, "\\$&")}\\S*`);
  const newestLink = () => {
    const log = fs.existsSync(serverLogFile) ? fs.readFileSync(serverLogFile, "utf8") : "";
    const blocks = log.split("[email] to ").filter((block) => block.startsWith(`${address}:`));
    return blocks.at(-1)?.match(pattern)?.[0];
  };
  let link: string | undefined;
  await expect
    .poll(() => (link = newestLink()), {
      message: `No email to ${address} with a ${pathPrefix} link in ${serverLogFile}`,
      timeout: 10_000,
    })
    .toBeTruthy();
  return link!;
}

/** Signs up through the form and follows the emailed link, as a new collector would. */
async function signUpThroughEmail(
  page: Page,
  input: { email: string; displayName: string; password: string; country?: string },
): Promise<void> {
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
