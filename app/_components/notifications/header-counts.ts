// The header's counts listen for this, so reading a conversation updates them without a page load.
export const headerCountsChangedEvent = "moskvitch:header-counts-changed";

export function announceHeaderCounts(): void {
  window.dispatchEvent(new Event(headerCountsChangedEvent));
}
