import styles from "./test-payment-banner.module.css";

/** Shown on every page while payments are pretend ones, so nobody mistakes the market for a live one. */
export function TestPaymentBanner() {
  return (
    <div className={styles.banner} role="note" aria-label="Test payments">
      <strong>Test payments:</strong> no real money changes hands on this market, and nothing bought here will
      be sent.
    </div>
  );
}
