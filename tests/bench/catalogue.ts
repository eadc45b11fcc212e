import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";

// A large synthetic catalogue made inside the database with generate_series: fast on both drivers.
// Arithmetic on the row number is done in bigint, so a million rows never overflows an integer.

export async function addSyntheticListings(db: Database, count: number): Promise<void> {
  const sellers = await db.select({ id: users.id }).from(users);
  const sellerIds = `{${sellers.map((s) => s.id).join(",")}}`;
  const batch = 50_000;
  for (let start = 1; start <= count; start += batch) {
    const end = Math.min(count, start + batch - 1);
    await db.execute(sql`
      insert into listings (seller_id, category, status, sale_format, title, description, attributes, era, model, condition, year,
        asking_price_cents, currency, quantity, country, city, shipping_options, search_aliases, published_at, photo_count,
        fair_value_low_cents, fair_value_cents, fair_value_high_cents, valued_at)
      select
        (${sellerIds}::uuid[])[1 + (g % ${sellers.length})],
        c.category::listing_category,
        'live', 'fixed_price',
        c.title || ' #' || g,
        'Synthetic benchmark listing number ' || g || '. ' || c.title || ' in honest condition, stored indoors.',
        c.attributes,
        c.era::pedal_car_era, c.model, c.condition, c.year,
        p.asking, 'USD',
        case when c.category = 'part' then 1 + g % 12 else 1 end,
        (array['US','GB','DE','EE','RU','FR'])[1 + g % 6], 'Benchtown',
        (array['[{"destination":"US","priceCents":11500},{"destination":"WORLD","priceCents":24000}]',
               '[{"destination":"US","priceCents":9500}]',
               '[{"destination":"GB","priceCents":6000},{"destination":"DE","priceCents":8000}]'])[1 + g % 3]::jsonb,
        c.aliases,
        now() - (g % 90000) * interval '1 minute',
        (g % 4 > 0)::int,
        round(f.fair * 0.85)::int, f.fair, round(f.fair * 1.15)::int, case when f.fair is null then null else now() end
      from generate_series(${start}::int, ${end}::int) g
      cross join lateral (select (5000 + (g::bigint * 7919) % 90000)::int as asking) p
      -- Synthetic fair values, so verdicts and the best-deal sort have work to do: the asking price lands
      -- between 0.7 and 1.4 times the fair value, and one listing in nine is left unvalued.
      cross join lateral (select case when g % 9 = 0 then null else round(p.asking / (0.7 + (g::bigint * 7907 % 71) / 100.0))::int end as fair) f
      cross join lateral (
        select * from (values
          (0, 'pedal_car', 'AZLK Moskvitch pedal car, late soft tires', 'late_soft_tires', null, 'excellent', 1990::smallint,
            '{"category":"pedal_car","era":"late_soft_tires","plate":"azlk_1993","condition":"excellent","restored":false,"windscreen":"intact","steeringWheel":"intact","customVersion":"none"}'::jsonb,
            'moskvich moskvitch москвич azlk pedal car'),
          (1, 'pedal_car', 'Early aluminum-bumper Moskvitch pedal car', 'early_aluminum_bumpers', null, 'good', 1977::smallint,
            '{"category":"pedal_car","era":"early_aluminum_bumpers","plate":"none","condition":"good","restored":true,"windscreen":"intact","steeringWheel":"intact","customVersion":"none"}'::jsonb,
            'moskvich moskvitch москвич azlk pedal car'),
          (2, 'classic_car', 'Moskvitch 412 sedan', null, '412', '2', 1974::smallint,
            '{"category":"classic_car","model":"412","body":"sedan","year":1974,"conditionGrade":2,"originality":"original","knownIssues":[],"exportVersion":"none"}'::jsonb,
            'moskvich moskvitch москвич 412'),
          (3, 'classic_car', 'Moskvitch 2141 Aleko hatchback', null, '2141', '3', 1991::smallint,
            '{"category":"classic_car","model":"2141","body":"hatchback","year":1991,"conditionGrade":3,"originality":"mostly_original","knownIssues":["electrics"],"exportVersion":"none"}'::jsonb,
            'moskvich moskvitch москвич aleko алеко 2141'),
          (4, 'toy', 'AZLK ZiL-130 dump truck toy', null, null, 'excellent', null,
            '{"category":"toy","toy":"zil130_dump_truck","plate":"azlk_1993","condition":"excellent"}'::jsonb,
            'zil 130 зил azlk toy truck'),
          (5, 'part', 'Reproduction windscreen for the pedal car', null, null, 'new', null,
            '{"category":"part","partType":"windscreen","source":"reproduction","condition":"new","fits":[{"category":"pedal_car"}]}'::jsonb,
            'windscreen windshield pedal car moskvitch'),
          (6, 'part', 'Brake wheel cylinder for Moskvitch 412', null, '412', 'new', null,
            '{"category":"part","partType":"brake_wheel_cylinder","source":"new_old_stock","condition":"new","fits":[{"category":"classic_car","model":"412"}]}'::jsonb,
            'brake cylinder moskvich 412 2140')
        ) as v(k, category, title, era, model, condition, year, attributes, aliases)
        where v.k = g % 7
      ) c
    `);
  }
  // Synthetic parts say what they fit, like real ones: the windscreen any pedal car, the cylinder the 412.
  await db.execute(sql`
    insert into part_fits (listing_id, fits_category, fits_model, fits_era)
    select id, case when title like 'Brake%' then 'classic_car' else 'pedal_car' end::listing_category,
      case when title like 'Brake%' then '412' else '' end, 'any'
    from listings where category = 'part' and title like '%#%'
    on conflict do nothing
  `);
}

/** The demo seed may be absent (or switched off): synthetic listings still need a seller. */
export async function addBenchSeller(db: Database): Promise<void> {
  const [any] = await db.select({ id: users.id }).from(users).limit(1);
  if (!any)
    await db.insert(users).values({ email: "bench-seller@moskvitch.example", displayName: "Bench seller" });
}

export async function addSyntheticSoldItems(db: Database, count: number): Promise<void> {
  // In batches, like the listings: one statement of a million rows outgrows the embedded database's memory.
  const batch = 100_000;
  for (let start = 1; start <= count; start += batch) {
    const end = Math.min(count, start + batch - 1);
    await db.execute(sql`
      insert into sold_items (origin, category, title, attributes, era, condition, sold_price_cents, currency, country, sold_at)
      select 'demo', 'pedal_car', 'Moskvitch pedal car (sold)',
        jsonb_build_object('category','pedal_car','era', e.era,'plate','azlk_1993','condition', c.condition,'restored',false,
          'windscreen','intact','steeringWheel','intact','customVersion','none'),
        e.era::pedal_car_era, c.condition, (20000 + (g::bigint * 104729) % 40000)::int, 'USD', 'US',
        now() - (g % 1000) * interval '1 day'
      from generate_series(${start}::int, ${end}::int) g
      cross join lateral (select (array['early_aluminum_bumpers','plastic_bumpers','late_soft_tires'])[1 + g % 3] as era) e
      cross join lateral (select (array['unused','excellent','good','fair','project'])[1 + g % 5] as condition) c
    `);
  }
}
