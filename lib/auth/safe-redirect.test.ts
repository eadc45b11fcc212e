import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/app/_components/auth/safe-callback";
import { sameOriginRedirect } from "./safe-redirect";

const origin = "https://moskvitch.example";

// Each of these, followed by a browser or by next-auth, would leave the site (or run script).
const hostile = [
  "/\t/evil.example",
  "/%09/evil.example",
  "%2F%09%2Fevil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  " //evil.example",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "%2F%2Fevil.example",
  "/%2F/evil.example",
  "/%5Cevil.example",
  "https://evil.example/",
  "https:/evil.example",
  "https:evil.example",
  "http://moskvitch.example.evil.example/",
  "https://moskvitch.example@evil.example/",
  "//moskvitch.example@evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "http://moskvitch.example/", // another scheme is another origin
  "\u0000//evil.example",
  "/\u3000/evil.example",
];

describe("same-origin redirects after sign-in", () => {
  // What a browser (or next-auth) does with the answer: resolve it against the page it is on.
  const landsOn = (target: string) => new URL(target, origin);

  it.each(hostile)("stays on our site for %j", (value) => {
    for (const target of [sameOriginRedirect(value, origin), safeCallbackUrl(value)]) {
      expect(landsOn(target).origin).toBe(origin);
      expect(target).toMatch(/^\/(?![\/\\])/);
    }
  });

  it.each(["/\t/evil.example", "/\\evil.example", "javascript:alert(1)", "https://evil.example/"])(
    "answers the home page for %j",
    (value) => {
      expect(sameOriginRedirect(value, origin)).toBe("/");
    },
  );

  it.each([
    ["/listings/12", "/listings/12"],
    ["/listings?category=pedal_car&sort=new", "/listings?category=pedal_car&sort=new"],
    ["/orders/3#history", "/orders/3#history"],
    ["https://moskvitch.example/cart", "/cart"],
    ["/sell/../cart", "/cart"],
  ])("keeps our own path %j", (value, expected) => {
    expect(sameOriginRedirect(value, origin)).toBe(expected);
  });

  it("keeps relative paths in the browser helper too", () => {
    expect(safeCallbackUrl("/listings/12?tab=bids")).toBe("/listings/12?tab=bids");
    expect(safeCallbackUrl(null)).toBe("/");
    expect(safeCallbackUrl("")).toBe("/");
  });
});
