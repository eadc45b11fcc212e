import { afterEach, describe, expect, it, vi } from "vitest";
import { getMailer } from "./mailer";

// Without a mail server the marketplace prints what it would have sent; with SMTP_URL it sends.

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the mailer", () => {
  it("prints each email to the server log when SMTP_URL is not set", async () => {
    vi.stubEnv("SMTP_URL", undefined);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const mailer = getMailer();
    expect(mailer.kind).toBe("log");
    await mailer.send({ to: "nina@example.com", subject: "You won", text: "Pay within 72 hours." });
    expect(log).toHaveBeenCalledWith("[email] to nina@example.com: You won\nPay within 72 hours.");
  });

  it("sends through SMTP when SMTP_URL is set", () => {
    vi.stubEnv("SMTP_URL", "smtp://mail.moskvitch.example:2525");
    expect(getMailer().kind).toBe("smtp");
  });
});
