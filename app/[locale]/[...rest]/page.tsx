import { notFound } from "next/navigation";

// Any address in a language that no page takes (and the proxy's "not found" rewrites) gets that
// language's 404 page, inside the site's layout.
export default function UnknownPage() {
  notFound();
}
