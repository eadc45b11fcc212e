import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIpFrom, socketAddressHeader } from "./client-ip";

const direct = { hops: 0, proxies: [] };

function request(socket: string, forwardedFor?: string) {
  const headers = new Headers({ [socketAddressHeader]: socket });
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

describe("the caller's address", () => {
  it("is the connection's address when no proxy is configured, whatever X-Forwarded-For says", () => {
    expect(clientIpFrom(request("203.0.113.9", "198.51.100.1"), direct)).toBe("203.0.113.9");
    expect(
      clientIpFrom(
        { [socketAddressHeader]: "203.0.113.9", "x-forwarded-for": "1.1.1.1", "x-real-ip": "2.2.2.2" },
        direct,
      ),
    ).toBe("203.0.113.9");
  });

  it("is the right-most forwarded address behind one proxy", () => {
    const hop = { hops: 1, proxies: [] };
    expect(clientIpFrom(request("10.0.0.2", "6.6.6.6, 203.0.113.9"), hop)).toBe("203.0.113.9");
    expect(clientIpFrom(request("10.0.0.2", "203.0.113.9"), hop)).toBe("203.0.113.9");
    // Nothing forwarded: the proxy itself is all we know.
    expect(clientIpFrom(request("10.0.0.2"), hop)).toBe("10.0.0.2");
  });

  it("skips exactly the configured number of proxies", () => {
    expect(
      clientIpFrom(request("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1"), { hops: 2, proxies: [] }),
    ).toBe("203.0.113.9");
  });

  it("trusts forwarded hops only from listed proxies", () => {
    const listed = { hops: 0, proxies: ["10.0.0.0/8", "2001:db8::/32"] };
    expect(clientIpFrom(request("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.2.3"), listed)).toBe("203.0.113.9");
    expect(clientIpFrom(request("::ffff:10.0.0.2", "203.0.113.9"), listed)).toBe("203.0.113.9");
    expect(clientIpFrom(request("2001:db8::7", "203.0.113.9"), listed)).toBe("203.0.113.9");
    // A connection from outside the list is the client, whatever it forwards.
    expect(clientIpFrom(request("198.51.100.7", "203.0.113.9"), listed)).toBe("198.51.100.7");
  });

  it("reads IPv4-mapped and bracketed forms as one address", () => {
    expect(clientIpFrom(request("::ffff:203.0.113.9"), direct)).toBe("203.0.113.9");
    expect(clientIpFrom(request("10.0.0.2", "[2001:db8::1]:443"), { hops: 1, proxies: [] })).toBe(
      "2001:db8::1",
    );
    expect(clientIpFrom(request("10.0.0.2", "203.0.113.9:51000"), { hops: 1, proxies: [] })).toBe(
      "203.0.113.9",
    );
  });
});

describe("the proxy settings", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const loadWith = async (env: Record<string, string>) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    vi.resetModules();
    return import("./client-ip");
  };
  const behindBalancer = () => request("10.0.0.2", "6.6.6.6, 203.0.113.9");

  it("default to the connection's address", async () => {
    const { callerAddressFrom } = await loadWith({});
    expect(callerAddressFrom(behindBalancer())).toBe("10.0.0.2");
  });

  it("with TRUSTED_PROXY_HOPS=1 take the right-most forwarded address", async () => {
    const { callerAddressFrom } = await loadWith({ TRUSTED_PROXY_HOPS: "1" });
    expect(callerAddressFrom(behindBalancer())).toBe("203.0.113.9");
  });

  it("with TRUSTED_PROXIES read forwarded hops only from those proxies", async () => {
    const { callerAddressFrom } = await loadWith({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.1" });
    expect(callerAddressFrom(behindBalancer())).toBe("203.0.113.9");
    expect(callerAddressFrom(request("198.51.100.3", "203.0.113.9"))).toBe("198.51.100.3");
  });

  it("refuse a malformed proxy list at start", async () => {
    const { callerAddressFrom } = await loadWith({ TRUSTED_PROXIES: "10.0.0.0/40" });
    expect(() => callerAddressFrom(behindBalancer())).toThrow(/TRUSTED_PROXIES/);
  });
});
