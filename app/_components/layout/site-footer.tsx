import { getTranslations } from "next-intl/server";
import { DisplayCurrencyPicker } from "@/app/_components/currency/display-currency";
import styles from "./site-footer.module.css";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t("footerAbout")}</p>
        <p>{t("footerPrices")}</p>
        <DisplayCurrencyPicker />
      </div>
    </footer>
  );
}
