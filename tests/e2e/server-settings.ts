/** The scheduler's bearer secret on the end-to-end test server (set in playwright.config.ts). */
export const e2eCronSecret = "e2e-scheduler-secret-of-some-length";
