package dev.microtower.demo;

import dev.microtower.inventory.domain.TemperatureClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the demo SKU catalogue from product templates: "brand variant product size" names, sizes
 * with real volumes and weights, prices, shelf lives for perishables, tags, and a Zipf-like
 * popularity in which groceries move fastest and apparel and electronics make the long tail.
 */
final class SkuCatalogue {
    static final String GROCERY_AMBIENT = "Grocery Ambient";
    static final String GROCERY_CHILLED = "Grocery Chilled";
    static final String GROCERY_FROZEN = "Grocery Frozen";
    static final String HOUSEHOLD = "Household";
    static final String HEALTH_BEAUTY = "Health & Beauty";
    static final String PHARMACY = "Pharmacy";
    static final String BABY = "Baby";
    static final String PET = "Pet";
    static final String ELECTRONICS = "Electronics Accessories";
    static final String APPAREL = "Apparel Basics";

    static final String TAG_RX = "rx";
    static final String TAG_BULKY = "bulky";
    static final String TAG_BACK_TO_SCHOOL = "promo-back-to-school";
    static final String TAG_HALLOWEEN = "promo-halloween";

    private record Category(String name, double share, double velocity, List<String> brands, List<String> products) {}

    private record Size(String label, double volumeL, double weightKg) {}

    private static final List<Category> CATEGORIES = List.of(
            new Category(
                    GROCERY_AMBIENT,
                    0.22,
                    3.0,
                    List.of(
                            "Golden Gate Pantry",
                            "Bay Harvest",
                            "Sierra Farms",
                            "Pacific Table",
                            "Mission Market",
                            "Redwood Organics",
                            "Delta Fields",
                            "Coastline Kitchen"),
                    List.of(
                            "Pasta|Spaghetti,Penne,Fusilli,Rigatoni,Linguine|500 g:0.9:0.52,1"
                                    + " kg:1.8:1.03|1.2-3.5|540-730|organic",
                            "Rice|Basmati,Jasmine,Brown,Arborio|1 kg:1.3:1.02,2 kg:2.5:2.03|2.5-7|365-730|organic",
                            "Canned Tomatoes|Diced,Crushed,Whole Peeled|400 g:0.45:0.45|0.9-2.2|540-900|organic",
                            "Breakfast Cereal|Honey Oat,Corn Flakes,Granola,Muesli|375 g:3.2:0.4,750"
                                    + " g:6.0:0.78|3-7|180-365|organic",
                            "Coffee|Dark Roast,Medium Roast,Decaf,Espresso|340 g:0.9:0.36,907"
                                    + " g:2.4:0.93|6-18|180-365|organic",
                            "Tea|Green,English Breakfast,Chamomile,Earl Grey|20 bags:0.3:0.05|2.5-6|365-730|organic",
                            "Sparkling Water|Lime,Lemon,Grapefruit,Plain|12 x 355 ml:5.2:4.6,24 x 500"
                                    + " ml:14:12.6|4-9|270-365|",
                            "Bottled Water|Spring,Purified,Alkaline|6 x 1.5 l:10:9.3,24 x 500 ml:14:12.6|3-8|365-730|",
                            "Potato Chips|Sea Salt,BBQ,Salt & Vinegar,Jalapeno|150 g:2.4:0.16,300"
                                    + " g:4.5:0.32|2-5|90-150|halloween",
                            "Chocolate Bar|Dark 70%,Milk,Sea Salt Caramel,Almond|100"
                                    + " g:0.15:0.1|1.5-4|270-365|halloween",
                            "Candy|Gummy Bears,Sour Worms,Peanut Butter Cups,Caramel Chews|200 g:0.5:0.21,1"
                                    + " kg:2.4:1.02|2-9|270-365|halloween",
                            "Peanut Butter|Creamy,Crunchy,Natural|454 g:0.5:0.5|2.5-6|270-365|organic",
                            "Olive Oil|Extra Virgin,Light,Garlic Infused|500 ml:0.6:0.9,1"
                                    + " l:1.15:1.75|5-16|540-730|organic",
                            "Canned Beans|Black,Pinto,Kidney,Garbanzo|425 g:0.48:0.45|0.8-2|730-1000|organic",
                            "Soup|Tomato,Chicken Noodle,Minestrone,Lentil|400 g:0.45:0.43|1.5-3.5|540-730|organic",
                            "Bread|Sourdough,Whole Wheat,Multigrain,Rye|680 g:3.5:0.7|2.5-6|4-7|organic",
                            "Bananas|Organic,Conventional|1 bunch:1.5:1.1|1-2.5|4-7|",
                            "Avocados|Hass,Organic Hass|4 pack:1.2:0.8|3-6|4-8|",
                            "Crackers|Sea Salt,Whole Grain,Rosemary|200 g:1.1:0.21|2-4.5|180-270|halloween",
                            "Trail Mix|Classic,Tropical,Dark Chocolate|340 g:0.8:0.35|4-8|180-270|halloween")),
            new Category(
                    GROCERY_CHILLED,
                    0.12,
                    3.0,
                    List.of(
                            "Bay Harvest",
                            "Sierra Farms",
                            "Marin Creamery",
                            "Pacific Table",
                            "Redwood Organics",
                            "Valley Fresh"),
                    List.of(
                            "Milk|Whole,2%,Oat,Almond,Lactose Free|1 qt:1.0:1.0,1/2"
                                    + " gal:2.0:2.0|2-6|7-14|chilled,organic",
                            "Yogurt|Greek Plain,Vanilla,Strawberry,Blueberry|150 g:0.18:0.16,907"
                                    + " g:1.0:0.95|1-6|14-28|chilled,organic",
                            "Eggs|Large Brown,Pasture Raised,Free Range|12 pack:1.8:0.7,18"
                                    + " pack:2.6:1.05|3-8|21-35|chilled,organic",
                            "Cheese|Cheddar,Monterey Jack,Mozzarella,Parmesan|200 g:0.25:0.2,454"
                                    + " g:0.5:0.46|3-10|30-90|chilled",
                            "Butter|Salted,Unsalted,Cultured|454 g:0.5:0.46|3.5-8|60-120|chilled,organic",
                            "Chicken|Breast,Thighs,Drumsticks|500 g:0.9:0.52,1 kg:1.7:1.03|5-14|3-6|chilled,organic",
                            "Ground Beef|80/20,90/10,Grass Fed|454 g:0.6:0.46|5-9|3-5|chilled",
                            "Salad|Spring Mix,Baby Spinach,Kale,Caesar Kit|142 g:2.0:0.15,312"
                                    + " g:4.0:0.32|2.5-6|5-9|chilled,organic",
                            "Hummus|Classic,Roasted Red Pepper,Garlic|283 g:0.35:0.29|2.5-5|30-45|chilled",
                            "Orange Juice|Pulp Free,Some Pulp,Calcium|52 oz:1.8:1.6|3.5-6.5|20-40|chilled",
                            "Tofu|Firm,Extra Firm,Silken|396 g:0.45:0.4|1.8-3.5|30-60|chilled,organic",
                            "Berries|Strawberries,Blueberries,Raspberries|340 g:1.0:0.35|3-7|3-6|chilled,organic",
                            "Smoked Salmon|Classic,Peppered|113 g:0.2:0.12|6-12|14-28|chilled")),
            new Category(
                    GROCERY_FROZEN,
                    0.08,
                    1.8,
                    List.of("Polar Bay", "Sierra Farms", "Frostline", "Pacific Table", "Golden Gate Pantry"),
                    List.of(
                            "Pizza|Margherita,Pepperoni,Veggie,Four Cheese|400 g:2.2:0.43|4-9|270-365|frozen",
                            "Ice Cream|Vanilla,Chocolate,Mint Chip,Cookie Dough|473 ml:0.6:0.45,1.4"
                                    + " l:1.6:1.2|3-8|180-365|frozen",
                            "Frozen Vegetables|Peas,Broccoli,Mixed,Sweet Corn,Spinach|454 g:0.9:0.46,1.1"
                                    + " kg:2.2:1.1|1.5-5|365-540|frozen,organic",
                            "Frozen Berries|Mixed,Blueberry,Mango|454 g:0.9:0.46|3-7|365-540|frozen,organic",
                            "Dumplings|Pork,Chicken,Vegetable|680 g:1.2:0.69|5-11|270-365|frozen",
                            "Fish Fillets|Cod,Salmon,Tilapia|454 g:0.8:0.46|6-14|270-365|frozen",
                            "Waffles|Homestyle,Blueberry,Whole Grain|350 g:1.1:0.35|2.5-5|270-365|frozen",
                            "Burritos|Bean & Cheese,Chicken,Breakfast|8 pack:2.0:1.1|6-12|270-365|frozen")),
            new Category(
                    HOUSEHOLD,
                    0.12,
                    1.5,
                    List.of("CleanBay", "HomeWise", "Fogline", "Everclear Home", "Tidy Oak"),
                    List.of(
                            "Paper Towels|Select-a-Size,Regular|6 rolls:18:1.4,12 rolls:36:2.8|6-18||eco",
                            "Toilet Paper|Double Roll,Mega Roll|12 rolls:24:1.5,24 rolls:48:3.0|7-22||eco",
                            "Laundry Detergent|Free & Clear,Fresh Scent,Pods|1.47 l:1.6:1.6,4.43 l:4.8:4.8|6-22||eco",
                            "Dish Soap|Lemon,Original,Free & Clear|650 ml:0.7:0.72|2.5-5||eco",
                            "Trash Bags|Kitchen 13 gal,Outdoor 33 gal|40 count:2.5:1.1,80 count:5:2.2|5-15||",
                            "All-Purpose Cleaner|Citrus,Lavender,Unscented|946 ml:1.05:1.0|3-6||eco",
                            "Sponges|Non-Scratch,Heavy Duty|6 pack:0.9:0.1|3-6||",
                            "LED Bulbs|A19 60W,BR30 65W,Candelabra|4 pack:1.2:0.3|6-15||",
                            "Aluminium Foil|Standard,Heavy Duty|75 sq ft:0.9:0.6|3-7||",
                            "Storage Bags|Sandwich,Quart,Gallon|50 count:0.8:0.3|3-6||eco",
                            "Dishwasher Pods|Original,Lemon,Free & Clear|40 count:1.5:0.8,80 count:3:1.6|8-20||eco",
                            "Fabric Softener|Spring,Lavender,Free & Clear|1.5 l:1.6:1.6|4-10||",
                            "Glass Cleaner|Original,Streak Free|680 ml:0.75:0.7|3-6||",
                            "Disinfecting Wipes|Lemon,Fresh|75 count:1.6:0.8|4-8||",
                            "Candles|Vanilla,Sandalwood|1 unit:0.5:0.4|8-20||",
                            "Paper Napkins|White,Recycled|200 count:3:0.6|3-6||eco")),
            new Category(
                    HEALTH_BEAUTY,
                    0.12,
                    1.2,
                    List.of("Lumina", "Pure Coast", "Seaglass", "Verdant", "Halo Care"),
                    List.of(
                            "Shampoo|Moisturizing,Clarifying,Anti-Dandruff|355 ml:0.4:0.4,750 ml:0.8:0.8|4-12||",
                            "Conditioner|Moisturizing,Color Care,Curl|355 ml:0.4:0.4|4-12||",
                            "Body Wash|Eucalyptus,Coconut,Unscented|532 ml:0.6:0.6|4-9||",
                            "Toothpaste|Whitening,Sensitive,Fluoride|113 g:0.2:0.15|2.5-6||",
                            "Toothbrush|Soft,Medium,Electric Heads|2 pack:0.3:0.05|3-15||",
                            "Deodorant|Unscented,Fresh,Sport|75 g:0.15:0.1|4-9||",
                            "Sunscreen|SPF 30,SPF 50,Mineral SPF 40|170 ml:0.25:0.2|7-15|365-730|",
                            "Moisturizer|Daily,Night,Sensitive|100 ml:0.2:0.15|8-25|365-730|",
                            "Razors|3 Blade,5 Blade|4 pack:0.3:0.1|8-18||",
                            "Hand Soap|Lavender,Citrus,Unscented|354 ml:0.4:0.4|2.5-5||",
                            "Lip Balm|Original,SPF 15,Mint|2 pack:0.05:0.02|2.5-6||",
                            "Face Cleanser|Gentle,Foaming,Exfoliating|150 ml:0.2:0.17|6-18||",
                            "Cotton Swabs|Standard|500 count:0.8:0.15|2-5||",
                            "Hair Gel|Strong Hold,Flexible|200 ml:0.25:0.22|3-8||",
                            "Mouthwash|Mint,Alcohol Free|1 l:1.1:1.05|4-9||",
                            "Nail Clippers|Standard|1 unit:0.05:0.04|3-8||",
                            "Shaving Cream|Sensitive,Original|200 ml:0.3:0.22|3-7||",
                            "Cotton Pads|Round,Square|80 count:0.6:0.06|2-5||",
                            "Hand Cream|Unscented,Shea|75 ml:0.1:0.09|4-10||")),
            new Category(
                    PHARMACY,
                    0.08,
                    0.6,
                    List.of("CareRx", "WellPoint", "Bayside Health", "Meridian", "Vitality Labs"),
                    List.of(
                            "Pain Reliever|Ibuprofen 200 mg,Acetaminophen 500 mg,Naproxen 220 mg|24"
                                    + " tablets:0.1:0.04,100 tablets:0.25:0.1|3-12|730-1095|",
                            "Allergy Relief|Loratadine 10 mg,Cetirizine 10 mg,Fexofenadine 180 mg|30"
                                    + " tablets:0.1:0.04|8-22|730-1095|",
                            "Cold & Flu|Daytime,Nighttime,Severe|24 caplets:0.12:0.05,237 ml:0.3:0.3|6-13|540-900|",
                            "Vitamins|Vitamin D3,Vitamin C,Multivitamin,Omega-3,Magnesium|60 count:0.25:0.12,120"
                                    + " count:0.45:0.22|6-20|540-730|",
                            "Bandages|Assorted,Waterproof,Fabric|30 count:0.2:0.06|3-7||",
                            "Antacid|Extra Strength,Chewable|96 tablets:0.3:0.15|5-10|730-1095|",
                            "Eye Drops|Lubricant,Allergy|15 ml:0.05:0.03|6-14|365-540|",
                            "Antigen Test|COVID-19,Flu A/B|2 tests:0.3:0.1|12-25|365-540|",
                            "Insulin Pen|Rapid-Acting,Long-Acting|5 pens:0.2:0.1|45-120|28-56|chilled,rx",
                            "Antibiotic|Amoxicillin 500 mg,Azithromycin 250 mg|21 capsules:0.1:0.03|8-30|365-730|rx",
                            "Blood Pressure Tablets|Lisinopril 10 mg,Amlodipine 5 mg|30"
                                    + " tablets:0.1:0.03|5-20|365-730|rx")),
            new Category(
                    BABY,
                    0.06,
                    1.1,
                    List.of("Little Sprout", "Tiny Harbor", "Cuddle Co", "Sunny Cub"),
                    List.of(
                            "Diapers|Size 1,Size 2,Size 3,Size 4,Size 5|Jumbo 30:9:1.0,Box 120:32:3.9|9-45||",
                            "Baby Wipes|Unscented,Sensitive,Aloe|72 count:0.9:0.5,8 x 72 count:8:4.1|3-22||",
                            "Infant Formula|Standard,Sensitive,Organic|800 g:2.0:0.85|18-40|365-540|",
                            "Baby Food Pouch|Apple Banana,Sweet Potato,Pear Spinach|113"
                                    + " g:0.15:0.13|1.2-2.5|270-365|organic",
                            "Baby Shampoo|Tear Free,Lavender|444 ml:0.5:0.48|4-9||",
                            "Baby Bottles|Anti-Colic,Glass|3 pack:1.5:0.4|12-28||",
                            "Diaper Cream|Zinc,Natural|113 g:0.15:0.13|5-10|730-1095|",
                            "Baby Lotion|Unscented,Calming|400 ml:0.45:0.43|4-9||",
                            "Teething Toy|Ring,Banana|1 unit:0.3:0.05|5-12||")),
            new Category(
                    PET,
                    0.06,
                    0.9,
                    List.of("Paws & Co", "Happy Tail", "Whisker Farm", "Trailhound"),
                    List.of(
                            "Dry Dog Food|Chicken & Rice,Lamb,Grain Free|2 kg:4:2.0,13.6 kg:28:13.6|9-65|365-540|",
                            "Dry Cat Food|Salmon,Chicken,Indoor|1.4 kg:3:1.4,5.4 kg:11:5.4|7-30|365-540|",
                            "Wet Cat Food|Salmon,Chicken,Tuna|12 x 85 g:1.3:1.1|8-16|540-730|",
                            "Cat Litter|Clumping,Unscented,Lightweight|9 kg:10:9.1,18 kg:20:18.1|8-25||",
                            "Dog Treats|Peanut Butter,Bacon,Dental|340 g:1.0:0.35|5-12|270-365|",
                            "Poop Bags|Unscented,Lavender|120 count:0.6:0.3|5-11||eco",
                            "Cat Treats|Salmon,Chicken|85 g:0.3:0.09|3-6|270-365|",
                            "Dog Toy|Rope,Squeaky Ball,Chew Bone|1 unit:0.8:0.2|5-15||")),
            new Category(
                    ELECTRONICS,
                    0.08,
                    0.5,
                    List.of("VoltEdge", "Nimbus", "CablePro", "Zenwire", "Arcline"),
                    List.of(
                            "Cable|USB-C to USB-C,USB-C to Lightning,USB-A to USB-C|1 m:0.15:0.05,2"
                                    + " m:0.2:0.08|8-22||school",
                            "Wall Charger|20W,30W,65W GaN|1 unit:0.2:0.1|15-45||school",
                            "Power Bank|5000 mAh,10000 mAh,20000 mAh|1 unit:0.3:0.25|18-60||school,hazmat",
                            "Earbuds|Wired,Wireless,Noise Cancelling|1 unit:0.25:0.08|12-120||school",
                            "Phone Case|iPhone 16,Pixel 9,Galaxy S25|1 unit:0.2:0.05|10-35||",
                            "Screen Protector|iPhone 16,Pixel 9,Galaxy S25|2 pack:0.1:0.03|8-20||",
                            "AA Batteries|Alkaline,Rechargeable|4 pack:0.1:0.1,12 pack:0.3:0.3|4-18||hazmat",
                            "HDMI Cable|4K 2 m,8K 2 m|1 unit:0.3:0.15|9-25||",
                            "Wireless Mouse|Compact,Ergonomic|1 unit:0.5:0.1|12-40||school",
                            "Laptop Sleeve|13 inch,15 inch|1 unit:2:0.3|15-35||school",
                            "Car Charger|Dual USB-C,USB-A + USB-C|1 unit:0.1:0.05|10-25||school")),
            new Category(
                    APPAREL,
                    0.06,
                    0.4,
                    List.of("Basic Thread", "Fog City Basics", "Everyday Knit", "Linea"),
                    List.of(
                            "Crew Socks|Black,White,Grey|3 pack:0.4:0.2,6 pack:0.8:0.4|6-18||",
                            "T-Shirt|White S,White M,White L,Black M,Black L,Navy L|1 unit:0.5:0.18|8-20||",
                            "Briefs|Black M,Black L,Grey M|3 pack:0.4:0.2|12-26||",
                            "Hoodie|Grey M,Grey L,Black L|1 unit:2.5:0.6|25-55||",
                            "Leggings|Black S,Black M,Black L|1 unit:0.5:0.25|15-35||",
                            "Beanie|Black,Grey,Navy|1 unit:0.3:0.08|8-18||",
                            "Rain Poncho|Clear,Yellow|1 unit:0.3:0.15|5-12||",
                            "Tank Top|White M,Black M,Grey L|1 unit:0.4:0.12|7-15||",
                            "Gloves|Black S/M,Black L/XL|1 pair:0.3:0.08|6-15||")));

    private SkuCatalogue() {}

    /**
     * The catalogue of {@code count} SKUs, in code order; ranks and popularity filled in, the k-th
     * SKU by rank selling in proportion to 1/k^{@code exponent} (1 is classic Zipf; the default, a
     * little above, gives a slightly sharper head).
     */
    static List<DemoSku> generate(int count, Rng rng, double exponent) {
        List<Draft> drafts = new ArrayList<>(count);
        int assigned = 0;
        for (int c = 0; c < CATEGORIES.size(); c++) {
            Category category = CATEGORIES.get(c);
            int target = c == CATEGORIES.size() - 1 ? count - assigned : (int) Math.round(count * category.share());
            assigned += target;
            drafts.addAll(draftsFor(category, target, rng));
        }
        // groceries take most of the head of the Zipf curve: an exponential key with a higher rate
        // for faster categories sorts them forward without making any category all fast or all slow
        double[] keys = new double[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            // bulky goods sell less often than their category: nobody adds a 20 kg litter sack every week
            double velocity = drafts.get(i).velocity() * (drafts.get(i).bulky() ? 0.35 : 1.0);
            keys[i] = -StrictMath.log(1.0 - rng.nextDouble()) / velocity;
        }
        List<Integer> byKey = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            byKey.add(i);
        }
        byKey.sort(Comparator.<Integer>comparingDouble(i -> keys[i]).thenComparingInt(i -> i));
        int[] rank = new int[drafts.size()];
        for (int r = 0; r < byKey.size(); r++) {
            rank[byKey.get(r)] = r;
        }
        // the catalogue is listed by category, so codes group like a real item master
        List<DemoSku> skus = new ArrayList<>(drafts.size());
        int width = Math.max(5, Integer.toString(drafts.size()).length());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String code = "SKU-" + zeroPad(i + 1, width);
            double popularity = 1.0 / StrictMath.pow(rank[i] + 1, exponent);
            skus.add(new DemoSku(
                    i,
                    code,
                    d.name(),
                    d.category(),
                    d.temperature(),
                    d.volumeL(),
                    d.weightKg(),
                    d.unitCost(),
                    d.shelfLifeDays(),
                    d.bulky(),
                    Collections.unmodifiableSortedSet(d.tags()),
                    rank[i],
                    popularity));
        }
        return List.copyOf(skus);
    }

    static String zeroPad(int value, int width) {
        String text = Integer.toString(value);
        return "0".repeat(Math.max(0, width - text.length())) + text;
    }

    private record Draft(
            String name,
            String category,
            double velocity,
            TemperatureClass temperature,
            double volumeL,
            double weightKg,
            double unitCost,
            Integer shelfLifeDays,
            boolean bulky,
            TreeSet<String> tags) {}

    private record Combination(String brand, String[] product, String variant, Size size, int sizeIndex) {}

    private static List<Draft> draftsFor(Category category, int target, Rng rng) {
        List<Combination> combinations = new ArrayList<>();
        for (String template : category.products()) {
            String[] parts = template.split("\\|", -1);
            if (parts.length != 6) {
                throw new IllegalStateException("product template needs 6 fields: " + template);
            }
            String[] variants = parts[1].split(",");
            String[] sizeTexts = parts[2].split(",");
            for (String brand : category.brands()) {
                for (String variant : variants) {
                    for (int s = 0; s < sizeTexts.length; s++) {
                        String[] size = sizeTexts[s].split(":");
                        combinations.add(new Combination(
                                brand,
                                parts,
                                variant,
                                new Size(size[0], Double.parseDouble(size[1]), Double.parseDouble(size[2])),
                                s));
                    }
                }
            }
        }
        rng.shuffle(combinations);
        List<Draft> drafts = new ArrayList<>(target);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < target; i++) {
            Combination combination = combinations.get(i % combinations.size());
            int round = i / combinations.size();
            drafts.add(draft(category, combination, round, names, rng));
        }
        return drafts;
    }

    private static Draft draft(Category category, Combination c, int round, Set<String> names, Rng rng) {
        String[] parts = c.product();
        String product = parts[0];
        List<String> flags = parts[5].isEmpty() ? List.of() : List.of(parts[5].split(","));
        String name =
                c.brand() + " " + c.variant() + " " + product + " " + c.size().label();
        if (round > 0) {
            // only big synthetic catalogues run out of combinations; they get numbered lines
            name = name + " #" + (round + 1);
        }
        if (!names.add(name)) {
            throw new IllegalStateException("duplicate SKU name " + name);
        }
        TemperatureClass temperature = flags.contains("frozen")
                ? TemperatureClass.FROZEN
                : flags.contains("chilled") ? TemperatureClass.CHILLED : TemperatureClass.AMBIENT;
        double volume = Fixed.round(c.size().volumeL() * rng.uniform(0.97, 1.03), 3);
        double weight = Fixed.round(c.size().weightKg() * rng.uniform(0.98, 1.02), 3);
        String[] cost = parts[3].split("-");
        double baseCost = rng.uniform(Double.parseDouble(cost[0]), Double.parseDouble(cost[1]));
        double unitCost = Fixed.round(baseCost * StrictMath.pow(1 + c.sizeIndex(), 0.8), 2);
        Integer shelfLife = null;
        if (!parts[4].isEmpty()) {
            String[] life = parts[4].split("-");
            shelfLife = rng.between(Integer.parseInt(life[0]), Integer.parseInt(life[1]));
        }
        boolean bulky = volume >= 20 || weight >= 10;
        TreeSet<String> tags = new TreeSet<>();
        if (bulky) {
            tags.add(TAG_BULKY);
        }
        if (flags.contains(TAG_RX)) {
            tags.add(TAG_RX);
        }
        if (flags.contains("hazmat")) {
            tags.add("hazmat");
        }
        if (flags.contains("organic") && (c.variant().startsWith("Organic") || rng.chance(0.18))) {
            tags.add("organic");
        }
        if (flags.contains("eco") && rng.chance(0.3)) {
            tags.add("eco");
        }
        if (category.name().startsWith("Grocery") && rng.chance(0.1)) {
            tags.add("local");
        }
        if (flags.contains("halloween") && rng.chance(0.6)) {
            tags.add(TAG_HALLOWEEN);
        }
        if (flags.contains("school") && rng.chance(0.7)) {
            tags.add(TAG_BACK_TO_SCHOOL);
        }
        return new Draft(
                name,
                category.name(),
                category.velocity(),
                temperature,
                volume,
                weight,
                unitCost,
                shelfLife,
                bulky,
                tags);
    }
}
