// The header's cart badge listens for this, so adding an item updates it without a page load.
export const cartChangedEvent = "moskvitch:cart-changed";

export function announceCartUnits(units: number): void {
  window.dispatchEvent(new CustomEvent(cartChangedEvent, { detail: units }));
}
