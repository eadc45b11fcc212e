import { DisplayCurrencyPicker } from "@/app/_components/currency/display-currency";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>
          Moskvitch Market: a marketplace for AZLK pedal cars (1973–1994), classic Moskvitch cars, AZLK metal
          toys and their parts.
        </p>
        <p>Prices in US dollars unless a listing says otherwise.</p>
        <DisplayCurrencyPicker />
      </div>
    </footer>
  );
}
