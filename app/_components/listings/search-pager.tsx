import Link from "next/link";
import styles from "./search.module.css";

/** Forward-only pages (keyset cursor): "Next page", and a way back to the start. */
export function SearchPager({ nextHref, firstHref }: { nextHref: string | null; firstHref: string | null }) {
  if (!nextHref && !firstHref) return null;
  return (
    <nav className={styles.pager} aria-label="More results">
      {firstHref && <Link href={firstHref}>← Back to first page</Link>}
      {nextHref && (
        <Link className="button" href={nextHref} rel="next">
          Next page →
        </Link>
      )}
    </nav>
  );
}
