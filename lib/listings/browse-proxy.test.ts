import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { hostileSegments } from "@/tests/fixtures/hostile-inputs";
import { browseSegmentFor } from "./search-params";

// Only canonical browse pages may be rendered (and so cached); anything else asked for directly is
// the site's 404, so made-up segments can neither fail nor fill the cache.
const call = async (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://market.test${path}`, { headers }));
const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");

describe("proxy: direct requests for browse pages", () => {
  it("lets canonical browse pages through", async () => {
    for (const segment of [
      browseSegmentFor({})!,
      browseSegmentFor({ category: "pedal_car", sort: "best_deal" })!,
    ]) {
      // English pages live under /en inside, Russian ones are asked for by their own address.
      const english = await call(`/listings/browse/${segment}`);
      expect(english.status).toBe(200);
      expect(rewrittenTo(english)).toBe(`http://market.test/en/listings/browse/${segment}`);
      const russian = await call(`/ru/listings/browse/${segment}`);
      expect(russian.status).toBe(200);
      expect(rewrittenTo(russian)).toBeNull();
    }
  });

  it.each([...hostileSegments, "made-up-1", "sort%3Dnewest%26category%3Dtoy", "q%3Daleko"])(
    "answers /listings/browse/%s with the not-found page",
    async (segment) => {
      for (const prefix of ["", "/ru"]) {
        const response = await call(`${prefix}/listings/browse/${segment}`);
        expect(response.status).toBe(404);
        // A broken escape is answered by the proxy itself: no page could be given it as a parameter.
        const broken = (() => {
          try {
            decodeURIComponent(segment);
            return false;
          } catch {
            return true;
          }
        })();
        expect(rewrittenTo(response) ?? "answered").toMatch(
          broken ? /^answered$/ : prefix ? /\/ru\/not-found$/ : /\/en\/not-found$/,
        );
      }
    },
  );

  it("still rewrites plain browsing on /listings and in both languages", async () => {
    expect(rewrittenTo(await call("/listings?category=toy"))).toBe(
      "http://market.test/en/listings/browse/category%3Dtoy",
    );
    expect(rewrittenTo(await call("/ru/listings?category=toy"))).toBe(
      "http://market.test/ru/listings/browse/category%3Dtoy",
    );
    // Word searches and popular pages ask the database: tests/integration/popular-pages.test.ts.
  });
});

describe("proxy: languages", () => {
  it("serves the home page of each language from its cached page, and refuses it asked for directly", async () => {
    expect(rewrittenTo(await call("/"))).toBe("http://market.test/en/home/latest");
    expect(rewrittenTo(await call("/ru"))).toBe("http://market.test/ru/home/latest");
    expect((await call("/home/latest")).status).toBe(404);
    expect((await call("/ru/home/latest")).status).toBe(404);
  });

  it("sends a first visit in Russian to /ru, and keeps a chosen language in a cookie", async () => {
    const first = await call("/listings?category=toy", { "accept-language": "ru-RU,ru;q=0.9,en;q=0.5" });
    expect(first.status).toBe(307);
    expect(first.headers.get("location")).toBe("http://market.test/ru/listings?category=toy");

    // The switch to English from a Russian page goes through /en, which sets the cookie.
    const chosen = await call("/en/listings", { "accept-language": "ru" });
    expect(chosen.headers.get("location")).toBe("http://market.test/listings");
    expect(chosen.cookies.get("NEXT_LOCALE")?.value).toBe("en");
    const after = await call("/listings", { "accept-language": "ru", cookie: "NEXT_LOCALE=en" });
    expect(after.headers.get("location")).toBeNull();
    expect(rewrittenTo(after)).toBe("http://market.test/en/listings/browse/all");
  });

  it("answers another language's prefix with the English 404, whatever the browser asks for", async () => {
    for (const path of ["/de/listings", "/pt-BR", "/fr/"]) {
      const response = await call(path, { "accept-language": "ru" });
      expect(response.status).toBe(404);
      expect(rewrittenTo(response)).toMatch(/^http:\/\/market.test\/en\/not-found\/?$/);
    }
    // Not a language: a page of ours that happens to be short is routed as usual.
    expect(rewrittenTo(await call("/value"))).toBe("http://market.test/en/value");
  });

  it("tells a signed-in page the address to come back to, in its language", async () => {
    const response = await call("/ru/orders/7?tab=lines");
    expect(response.headers.get("x-middleware-request-x-moskvitch-return-to")).toBe("/ru/orders/7?tab=lines");
  });
});
