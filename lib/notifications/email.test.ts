import { describe, expect, it } from "vitest";
import { notificationEmail } from "./email";

describe("a notification's email", () => {
  const outbid = {
    title: "You've been outbid",
    body: "Someone bid $320 on the blue pedal car. Bid again before it ends.",
    href: "/listings/7",
  };

  it("has the notification's title as subject, its text, an absolute link back and why it was sent", () => {
    expect(notificationEmail(outbid, "https://moskvitch.example")).toEqual({
      subject: "You've been outbid",
      text: "Someone bid $320 on the blue pedal car. Bid again before it ends.\n\nhttps://moskvitch.example/listings/7\n\nYou get this email because of your activity on Moskvitch Market.",
    });
  });

  it("joins the site and the page with one slash, whatever either brings", () => {
    for (const [site, href] of [
      ["https://moskvitch.example/", "/orders/12"],
      ["https://moskvitch.example", "orders/12"],
      ["https://moskvitch.example//", "//orders/12"],
    ] as const) {
      expect(notificationEmail({ ...outbid, href }, site).text).toContain(
        "\n\nhttps://moskvitch.example/orders/12\n\n",
      );
    }
  });
});
