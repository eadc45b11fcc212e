import { PageLoading } from "@/app/_components/layout/page-loading";

// Searches with words, a price range or a page cursor are read from the database on each request.
export default function Loading() {
  return <PageLoading title="Searching the catalogue" note="Finding the listings that match…" />;
}
