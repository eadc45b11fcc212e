// Where to go after signing in or up comes from the address bar, so anyone can craft it. Browsers
// drop tabs and newlines and read "\" as "/" when they resolve a URL, which turns "/\t/evil.example"
// into "//evil.example", another host. So the value is resolved with the URL parser, exactly as the
// browser will, and only a path on our own origin survives.

const unsafeCharacters = /[\u0000-\u0020\u007f-\u00a0\\\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;

/** A path (with query and fragment) on `origin` for `value`, or "/" when it would lead elsewhere. */
export function sameOriginRedirect(value: string | null | undefined, origin: string): string {
  if (!value || unsafeCharacters.test(value)) return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin) return "/";
  // Relative values must be paths; "evil.example" or "?x" would resolve against the current page instead.
  if (!value.startsWith("/") && !value.toLowerCase().startsWith(`${base.origin.toLowerCase()}/`)) return "/";
  const path = `${target.pathname}${target.search}${target.hash}`;
  return path.startsWith("//") ? "/" : path;
}
