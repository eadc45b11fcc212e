import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links and redirects that keep the visitor's language: <Link href="/listings"> is /ru/listings on a
// Russian page.
export const { Link, getPathname } = createNavigation(routing);
