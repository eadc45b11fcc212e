// The version of the valuation rules in this folder (the steps, the reference values, the
// market references, the shipping table). Cached answers are keyed by it (../cached-answer.ts), so
// bump it with any change that can move an answer: a new rule then reaches every cached answer at
// the next request, not at the next day. ./rules-version.test.ts fails when the rules answer a fixed
// set of questions differently under an unchanged version.
export const valuationRulesVersion = "2026-05-rules-1";
