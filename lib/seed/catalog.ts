/**
 * The fixed vocabulary of the demo store "Northwind Outfitters": its catalog, and the names and places its fake
 * customers are made from. Data only; lib/seed/store.ts combines it.
 */

export type CatalogProduct = { sku: string; name: string; category: string; priceCents: number; description: string };

const product = (
  sku: string,
  name: string,
  category: string,
  dollars: number,
  description: string,
): CatalogProduct => ({
  sku,
  name,
  category,
  priceCents: Math.round(dollars * 100),
  description,
});

export const CATALOG: readonly CatalogProduct[] = [
  product(
    "TNT-1001",
    "Ridgeline 1 Ultralight Tent",
    "tents",
    329,
    "One-person, three-season trekking-pole tent, 910 g packed.",
  ),
  product(
    "TNT-1002",
    "Ridgeline 2 Backpacking Tent",
    "tents",
    389,
    "Two-person freestanding tent with two doors and vestibules, 1.6 kg.",
  ),
  product(
    "TNT-1003",
    "Basecamp 4 Family Tent",
    "tents",
    499,
    "Four-person dome with a full rainfly and 1.9 m of headroom.",
  ),
  product(
    "TNT-1004",
    "Summit Dome 2 Four-Season Tent",
    "tents",
    749,
    "Two-person mountaineering tent built for snow loads and high wind.",
  ),
  product(
    "TNT-1005",
    "Canyon Trail Tarp",
    "tents",
    129,
    "3 x 3 m silnylon tarp with 16 tie-outs for flexible pitches.",
  ),
  product(
    "SLB-2001",
    "Alpine Down 15°F Sleeping Bag",
    "sleeping-bags",
    379,
    "800-fill water-resistant down mummy bag, comfort rated to 15°F.",
  ),
  product(
    "SLB-2002",
    "Trailhead 30°F Synthetic Bag",
    "sleeping-bags",
    159,
    "Synthetic-fill mummy bag that keeps its warmth when damp.",
  ),
  product(
    "SLB-2003",
    "Summit Quilt 20°F",
    "sleeping-bags",
    299,
    "Down backpacking quilt with a sewn footbox and pad straps.",
  ),
  product(
    "SLB-2004",
    "Campfire Double Sleeping Bag",
    "sleeping-bags",
    199,
    "Roomy rectangular bag for two, unzips into a blanket.",
  ),
  product(
    "SLP-2101",
    "Cirrus Insulated Air Pad",
    "sleeping-pads",
    179,
    "R-value 4.2 inflatable pad, 7 cm thick, packs to a water-bottle size.",
  ),
  product(
    "SLP-2102",
    "Meadow Foam Sleeping Pad",
    "sleeping-pads",
    49,
    "Closed-cell foam pad that cannot puncture, R-value 2.",
  ),
  product("SLP-2103", "Drift Pillow", "sleeping-pads", 39, "Inflatable camp pillow with a brushed, quiet fabric."),
  product(
    "PCK-3001",
    "Traverse 65 Backpack",
    "backpacks",
    289,
    "65 L trekking pack with an adjustable torso and hip-belt pockets.",
  ),
  product(
    "PCK-3002",
    "Traverse 50 Backpack",
    "backpacks",
    249,
    "50 L pack for long weekends, with a ventilated back panel.",
  ),
  product(
    "PCK-3003",
    "Switchback 28 Daypack",
    "backpacks",
    119,
    "28 L daypack with a hydration sleeve and rain cover.",
  ),
  product(
    "PCK-3004",
    "Scout 18 Kids' Pack",
    "backpacks",
    59,
    "18 L pack sized for young hikers, with a chest whistle.",
  ),
  product(
    "PCK-3005",
    "Summit Roll-Top Dry Bag 20L",
    "backpacks",
    35,
    "Welded waterproof bag for canoes, kayaks and wet trails.",
  ),
  product(
    "FTW-4001",
    "Granite Peak Waterproof Hiking Boot",
    "footwear",
    219,
    "Mid-height leather boot with a waterproof membrane and Vibram sole.",
  ),
  product(
    "FTW-4002",
    "Timberline Trail Runner",
    "footwear",
    149,
    "Light trail shoe with a rock plate and aggressive lugs.",
  ),
  product("FTW-4003", "Basecamp Camp Moc", "footwear", 69, "Insulated slip-on for the tent and the cabin."),
  product(
    "FTW-4004",
    "Cascade Mountaineering Boot",
    "footwear",
    429,
    "Stiff, crampon-compatible boot for glacier travel.",
  ),
  product(
    "FTW-4005",
    "Merino Hiking Socks (3 pairs)",
    "footwear",
    54,
    "Cushioned merino-blend socks that resist odor and blisters.",
  ),
  product(
    "JKT-5001",
    "Stormline Rain Jacket",
    "jackets",
    199,
    "Three-layer waterproof, breathable shell with pit zips.",
  ),
  product("JKT-5002", "Ember Down Hoodie", "jackets", 279, "700-fill down hoodie that packs into its own pocket."),
  product("JKT-5003", "Ridge Fleece Jacket", "jackets", 99, "Mid-weight grid fleece for layering or cool evenings."),
  product("JKT-5004", "Windward Softshell", "jackets", 169, "Stretch softshell that blocks wind and sheds light rain."),
  product(
    "JKT-5005",
    "Glacier Insulated Parka",
    "jackets",
    389,
    "Synthetic belay parka for winter camps and cold summits.",
  ),
  product("APP-5101", "Merino 200 Base Layer Top", "apparel", 89, "Midweight merino crew for cold-weather layering."),
  product(
    "APP-5102",
    "Merino 200 Base Layer Bottom",
    "apparel",
    79,
    "Midweight merino leggings with a flat-seam waist.",
  ),
  product("APP-5103", "Trailblazer Convertible Pants", "apparel", 84, "Quick-dry nylon pants with zip-off legs."),
  product("APP-5104", "Sunridge UPF Hoodie", "apparel", 59, "UPF 50 sun hoodie with thumb loops."),
  product("APP-5105", "Summit Beanie", "apparel", 29, "Merino-lined knit beanie."),
  product(
    "STV-6001",
    "Blaze Canister Stove",
    "stoves",
    59,
    "Compact canister stove with a piezo igniter; boils 1 L in 4 minutes.",
  ),
  product(
    "STV-6002",
    "Blaze Integrated Cook System",
    "stoves",
    149,
    "Stove and 1 L heat-exchanger pot that nest together.",
  ),
  product(
    "STV-6003",
    "Expedition Liquid-Fuel Stove",
    "stoves",
    169,
    "Multi-fuel stove that works in deep cold and at altitude.",
  ),
  product("STV-6004", "Isobutane Fuel Canister 230g", "stoves", 8, "Four-season fuel blend. Ships by ground only."),
  product(
    "CKW-6101",
    "Titanium Pot 900ml",
    "cookware",
    54,
    "Feather-light titanium pot with folding handles and a lid.",
  ),
  product("CKW-6102", "Basecamp Cook Set", "cookware", 89, "Nesting pots, pan and utensils for four people."),
  product("CKW-6103", "Insulated Camp Mug", "cookware", 25, "Double-wall steel mug with a sip lid."),
  product(
    "CKW-6104",
    "Folding Spork (2 pack)",
    "cookware",
    12,
    "Long-handled spork that reaches the bottom of meal pouches.",
  ),
  product("LGT-7001", "Beacon 400 Headlamp", "lighting", 49, "400-lumen rechargeable headlamp with a red-light mode."),
  product("LGT-7002", "Lumen Camp Lantern", "lighting", 39, "Dimmable lantern that doubles as a USB power bank."),
  product(
    "WTR-8001",
    "ClearFlow Water Filter",
    "water",
    45,
    "Squeeze filter that removes bacteria and protozoa, 0.1 micron.",
  ),
  product("WTR-8002", "Gravity Filter 4L", "water", 119, "Hands-free gravity filter for groups."),
  product("WTR-8003", "Insulated Bottle 1L", "water", 39, "Keeps drinks cold for 24 hours or hot for 12."),
  product(
    "ACC-9001",
    "Carbon Trekking Poles",
    "accessories",
    139,
    "Three-section carbon poles with cork grips, 470 g a pair.",
  ),
  product(
    "ACC-9002",
    "Trail First Aid Kit",
    "accessories",
    34,
    "Kit for two people for a week, in a waterproof pouch.",
  ),
  product(
    "ACC-9003",
    "Bear-Resistant Food Canister",
    "accessories",
    89,
    "Certified canister that holds about five days of food.",
  ),
  product(
    "ACC-9004",
    "Packable Camp Chair",
    "accessories",
    99,
    "900 g chair that packs to the size of a water bottle.",
  ),
  product(
    "ACC-9005",
    "Navigator Compass",
    "accessories",
    44,
    "Baseplate compass with declination adjustment and a mirror.",
  ),
];

/**
 * One sellable variant of a catalog product: its own SKU, options (size, colour), price and stock. The first
 * variant listed keeps the product's SKU, so orders and fixtures that name the plain SKU (FTW-4001) still mean a
 * real variant (size 10, brown); the others are FTW-4001-11-BRN and so on.
 */
export type VariantSpec = { sku: string; options: Record<string, string>; priceCents: number; inStock: boolean };

type Grid = {
  sizes?: readonly string[];
  /** [colour name, SKU code]. */
  colors?: ReadonlyArray<readonly [string, string]>;
  /** The variant that keeps the plain SKU. */
  base: { size?: string; color?: string };
  /** SKUs of variants out of stock right now. */
  out?: readonly string[];
  /** Dollars added for a colour code or a size (e.g. XXL). */
  extra?: Readonly<Record<string, number>>;
};

function grid(sku: string, dollars: number, spec: Grid): VariantSpec[] {
  const sizes: ReadonlyArray<string | undefined> = spec.sizes ?? [undefined];
  const colors: ReadonlyArray<readonly [string, string] | undefined> = spec.colors ?? [undefined];
  const variants: VariantSpec[] = [];
  for (const color of colors) {
    for (const size of sizes) {
      const isBase = size === spec.base.size && color?.[0] === spec.base.color;
      const code = [size?.padStart(2, "0"), color?.[1]].filter(Boolean).join("-");
      const variantSku = isBase ? sku : `${sku}-${code}`;
      const extra = (spec.extra?.[color?.[1] ?? ""] ?? 0) + (spec.extra?.[size ?? ""] ?? 0);
      variants.push({
        sku: variantSku,
        options: { ...(size ? { size } : {}), ...(color ? { color: color[0] } : {}) },
        priceCents: Math.round((dollars + extra) * 100),
        inStock: !(spec.out ?? []).includes(variantSku),
      });
    }
  }
  // The base variant first.
  return variants.sort((a, b) => (a.sku === sku ? -1 : b.sku === sku ? 1 : 0));
}

const SHOE_SIZES = ["8", "9", "10", "11", "12"] as const;
const CLOTHING_SIZES = ["S", "M", "L", "XL"] as const;
const priceOf = (sku: string) => CATALOG.find((p) => p.sku === sku)!.priceCents / 100;

/**
 * The sizes and colours of the footwear, apparel, jackets and tents, by product SKU. Products not listed have one
 * variant (their own SKU, no options). Some variants are out of stock, so a demo can show an exchange refused for
 * stock and offered in another size.
 */
export const VARIANTS: Readonly<Record<string, VariantSpec[]>> = {
  // Footwear
  "FTW-4001": grid("FTW-4001", priceOf("FTW-4001"), {
    sizes: SHOE_SIZES,
    colors: [
      ["brown", "BRN"],
      ["black", "BLK"],
    ],
    base: { size: "10", color: "brown" },
    out: ["FTW-4001-12-BRN", "FTW-4001-08-BLK"],
    extra: { BLK: 10 },
  }),
  "FTW-4002": grid("FTW-4002", priceOf("FTW-4002"), {
    sizes: SHOE_SIZES,
    colors: [
      ["slate", "SLT"],
      ["blue", "BLU"],
    ],
    base: { size: "9", color: "slate" },
    out: ["FTW-4002-11-BLU"],
  }),
  "FTW-4003": grid("FTW-4003", priceOf("FTW-4003"), { sizes: ["S", "M", "L"], base: { size: "M" } }),
  "FTW-4004": grid("FTW-4004", priceOf("FTW-4004"), {
    sizes: ["9", "10", "11", "12"],
    base: { size: "10" },
    out: ["FTW-4004-12"],
  }),
  "FTW-4005": grid("FTW-4005", priceOf("FTW-4005"), { sizes: ["S", "M", "L"], base: { size: "M" } }),
  // Jackets
  "JKT-5001": grid("JKT-5001", priceOf("JKT-5001"), {
    sizes: CLOTHING_SIZES,
    colors: [
      ["red", "RED"],
      ["navy", "NVY"],
    ],
    base: { size: "M", color: "red" },
    out: ["JKT-5001-L-RED"],
  }),
  "JKT-5002": grid("JKT-5002", priceOf("JKT-5002"), {
    sizes: CLOTHING_SIZES,
    colors: [
      ["black", "BLK"],
      ["moss", "MOS"],
    ],
    base: { size: "M", color: "black" },
    out: ["JKT-5002-XL-MOS"],
  }),
  "JKT-5003": grid("JKT-5003", priceOf("JKT-5003"), {
    sizes: CLOTHING_SIZES,
    colors: [["grey", "GRY"]],
    base: { size: "L", color: "grey" },
  }),
  "JKT-5004": grid("JKT-5004", priceOf("JKT-5004"), { sizes: CLOTHING_SIZES, base: { size: "M" } }),
  "JKT-5005": grid("JKT-5005", priceOf("JKT-5005"), {
    sizes: [...CLOTHING_SIZES, "XXL"],
    base: { size: "L" },
    extra: { XXL: 20 },
    out: ["JKT-5005-S"],
  }),
  // Apparel
  "APP-5101": grid("APP-5101", priceOf("APP-5101"), { sizes: CLOTHING_SIZES, base: { size: "M" } }),
  "APP-5102": grid("APP-5102", priceOf("APP-5102"), {
    sizes: CLOTHING_SIZES,
    base: { size: "M" },
    out: ["APP-5102-XL"],
  }),
  "APP-5103": grid("APP-5103", priceOf("APP-5103"), { sizes: ["30", "32", "34", "36"], base: { size: "32" } }),
  "APP-5104": grid("APP-5104", priceOf("APP-5104"), {
    sizes: CLOTHING_SIZES,
    colors: [
      ["sand", "SND"],
      ["sky", "SKY"],
    ],
    base: { size: "M", color: "sand" },
  }),
  // Tents
  "TNT-1001": grid("TNT-1001", priceOf("TNT-1001"), {
    colors: [
      ["green", "GRN"],
      ["orange", "ORG"],
    ],
    base: { color: "green" },
  }),
  "TNT-1002": grid("TNT-1002", priceOf("TNT-1002"), {
    colors: [
      ["green", "GRN"],
      ["orange", "ORG"],
    ],
    base: { color: "green" },
    out: ["TNT-1002-ORG"],
  }),
  "TNT-1003": grid("TNT-1003", priceOf("TNT-1003"), {
    colors: [
      ["green", "GRN"],
      ["sand", "SND"],
    ],
    base: { color: "green" },
  }),
  "TNT-1004": grid("TNT-1004", priceOf("TNT-1004"), {
    colors: [
      ["yellow", "YLW"],
      ["red", "RED"],
    ],
    base: { color: "yellow" },
  }),
};

/** Products no longer sold: old orders still show them, the store no longer offers them. */
export const DISCONTINUED_SKUS: ReadonlySet<string> = new Set(["TNT-1005", "SLB-2004"]);

export const FIRST_NAMES = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Ava",
  "Mateo",
  "Sophia",
  "Lucas",
  "Mia",
  "Ethan",
  "Amara",
  "Kai",
  "Priya",
  "Diego",
  "Hannah",
  "Omar",
  "Chloe",
  "Yusuf",
  "Grace",
  "Felix",
  "Maya",
  "Theo",
  "Zoe",
  "Arjun",
  "Lena",
  "Caleb",
  "Nora",
  "Ravi",
  "Isla",
  "Marcus",
  "Elena",
  "Tomas",
  "Aisha",
  "Jonah",
  "Freya",
  "Malik",
  "Ingrid",
  "Hiro",
  "Rosa",
  "Declan",
] as const;

export const LAST_NAMES = [
  "Nguyen",
  "Smith",
  "Garcia",
  "Johnson",
  "Kim",
  "Brown",
  "Okafor",
  "Miller",
  "Patel",
  "Davis",
  "Lopez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Moreau",
  "Taylor",
  "Chen",
  "Martin",
  "Haddad",
  "Clark",
  "Lewis",
  "Walker",
  "Hall",
  "Young",
  "Fischer",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Hill",
  "Green",
  "Adams",
  "Baker",
  "Nelson",
  "Carter",
  "Mitchell",
  "Ramirez",
  "Campbell",
  "Roberts",
  "Lindqvist",
] as const;

export const STREETS = [
  "Maple Ave",
  "Cedar St",
  "Pine Ridge Rd",
  "Lakeview Dr",
  "Summit Blvd",
  "Willow Ln",
  "Granite Way",
  "Aspen Ct",
  "Riverbend Rd",
  "Elm St",
  "Hillcrest Ave",
  "Juniper Trail",
  "Birch St",
  "Canyon Rd",
  "Harbor Way",
  "Meadow Ln",
] as const;

export type City = { city: string; region: string; country: "US" | "CA"; postalPrefix: string };

export const CITIES: readonly City[] = [
  { city: "Seattle", region: "WA", country: "US", postalPrefix: "981" },
  { city: "Portland", region: "OR", country: "US", postalPrefix: "972" },
  { city: "Boulder", region: "CO", country: "US", postalPrefix: "803" },
  { city: "Denver", region: "CO", country: "US", postalPrefix: "802" },
  { city: "Salt Lake City", region: "UT", country: "US", postalPrefix: "841" },
  { city: "Bend", region: "OR", country: "US", postalPrefix: "977" },
  { city: "Missoula", region: "MT", country: "US", postalPrefix: "598" },
  { city: "Asheville", region: "NC", country: "US", postalPrefix: "288" },
  { city: "Burlington", region: "VT", country: "US", postalPrefix: "054" },
  { city: "Minneapolis", region: "MN", country: "US", postalPrefix: "554" },
  { city: "Austin", region: "TX", country: "US", postalPrefix: "787" },
  { city: "Sacramento", region: "CA", country: "US", postalPrefix: "958" },
  { city: "Flagstaff", region: "AZ", country: "US", postalPrefix: "860" },
  { city: "Madison", region: "WI", country: "US", postalPrefix: "537" },
  { city: "Chattanooga", region: "TN", country: "US", postalPrefix: "374" },
  { city: "Anchorage", region: "AK", country: "US", postalPrefix: "995" },
  { city: "Vancouver", region: "BC", country: "CA", postalPrefix: "V6B" },
  { city: "Calgary", region: "AB", country: "CA", postalPrefix: "T2P" },
  { city: "Toronto", region: "ON", country: "CA", postalPrefix: "M5V" },
];

export const RETURN_REASONS = [
  "did not fit",
  "changed my mind",
  "arrived damaged",
  "not as described",
  "ordered the wrong size",
] as const;
