// Tags on cached reads; a write revalidates exactly the tags it touched.
export const cacheTags = {
  listings: "listings",
  listing: (id: number) => `listing-${id}`,
  soldItems: "sold-items",
} as const;
