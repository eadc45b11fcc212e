import { sameOriginRedirect } from "@/lib/auth/safe-redirect";

// Any origin will do: only the path part is ever kept, so an absolute URL (even to our own host) falls back to "/".
const placeholderOrigin = "https://this-site.invalid";

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeCallbackUrl(value: string | null | undefined): string {
  return sameOriginRedirect(value, placeholderOrigin);
}
