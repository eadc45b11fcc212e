/**
 * The request header through which proxy.ts tells a signed-in page's layout where the visitor asked
 * to go, so a signed-out visitor is sent to sign in and brought back there. proxy.ts always sets it
 * from the URL itself, never passing on one the browser sent.
 */
export const returnToHeader = "x-moskvitch-return-to";
