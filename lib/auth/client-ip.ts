import { BlockList, isIP } from "node:net";
import { getEnv } from "@/lib/kernel/env";
import { socketAddressHeader } from "./socket-address";

export { socketAddressHeader };

type HeaderBag = Headers | Record<string, string | string[] | undefined>;
export type ProxyTrust = { hops: number; proxies: readonly string[] };

function read(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** One spelling per address: no port, no brackets, IPv4-mapped IPv6 as plain IPv4. */
function normalise(raw: string): string {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:([\d.]+)$/i.exec(value);
  if (mapped && isIP(mapped[1]!) === 4) value = mapped[1]!;
  return value.toLowerCase();
}

const trustLists = new Map<string, BlockList>();
function trustListFor(proxies: readonly string[]): BlockList {
  const key = proxies.join(",");
  let list = trustLists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of proxies) {
      const [address = "", bits] = entry.split("/");
      const type = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    trustLists.set(key, list);
  }
  return list;
}

/**
 * The caller's address for rate limits. The connection's own address is the only one nobody can
 * forge; X-Forwarded-For is read only as far as the configured proxies vouch for it: from the right,
 * each trusted proxy names the hop before it, and the first hop no proxy stands for is the client.
 */
export function clientIpFrom(headers: HeaderBag, trust: ProxyTrust): string {
  const socket = normalise(read(headers, socketAddressHeader) ?? "");
  if (!socket) return "unknown";
  const forwarded = (read(headers, "x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  const chain = [...forwarded, socket];
  if (trust.proxies.length) {
    const list = trustListFor(trust.proxies);
    let i = chain.length - 1;
    while (i > 0 && isIP(chain[i]!) && list.check(chain[i]!, isIP(chain[i]!) === 6 ? "ipv6" : "ipv4")) i--;
    return chain[i]!;
  }
  return chain[Math.max(0, chain.length - 1 - trust.hops)]!;
}

/** The caller's address by the deployment's proxy settings (TRUSTED_PROXY_HOPS, TRUSTED_PROXIES). */
export function callerAddressFrom(headers: HeaderBag): string {
  const env = getEnv();
  return clientIpFrom(headers, { hops: env.TRUSTED_PROXY_HOPS, proxies: env.TRUSTED_PROXIES });
}
