-- What each existing listing was listed with: the units still on hand plus those that live and
-- paid orders hold (the figure the stock rule in lib/orders/stock.ts keeps equal from now on).
UPDATE "listings" AS l
SET "listed_quantity" = l."quantity" + coalesce((
  SELECT sum(oi."quantity")::int
  FROM "order_items" oi
  JOIN "orders" o ON o."id" = oi."order_id"
  WHERE oi."listing_id" = l."id" AND o."status" IN ('pending_payment', 'paid', 'shipped', 'received')
), 0);
