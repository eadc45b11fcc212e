import { config } from "zod/v4/core";

// Runs in the browser before the app. Zod 4 compiles its object parsers with `new Function` after
// probing whether eval is allowed; our Content-Security-Policy forbids eval, so the probe was logged
// as a violation on every page that checks a form. Without the compiled path parsing is the same.
// `zod/v4/core` holds the config alone, so this adds a few hundred bytes, not the schema library.
config({ jitless: true });
