package org.evac.benchmark.data;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Afghan family and given names in Latin transliteration with their Dari spelling, including the
 * spelling variants partner lists really contain (Mohammad / Muhammad, Haidari / Haydari, Sediqi /
 * Siddiqi), so that name search meets transliteration as it will in the crisis. Common names are
 * drawn more often than rare ones.
 */
final class AfghanNames {

    record Name(String latin, String dari) {}

    static final List<Name> FAMILY =
            names(
                    "Ahmadi احمدی",
                    "Haidari حیدری",
                    "Haydari حیدری",
                    "Rahimi رحیمی",
                    "Samadi صمدی",
                    "Noori نوری",
                    "Shinwari شینواری",
                    "Karimi کریمی",
                    "Hashimi هاشمی",
                    "Hussaini حسینی",
                    "Mohammadi محمدی",
                    "Sultani سلطانی",
                    "Popal پوپل",
                    "Durrani درانی",
                    "Barakzai بارکزی",
                    "Popalzai پوپلزی",
                    "Alokozai علیکوزی",
                    "Achakzai اچکزی",
                    "Yousufzai یوسفزی",
                    "Stanekzai ستانکزی",
                    "Ahmadzai احمدزی",
                    "Mangal منگل",
                    "Zadran زدران",
                    "Wardak وردک",
                    "Kakar کاکر",
                    "Safi صافی",
                    "Mohmand مهمند",
                    "Afridi آفریدی",
                    "Nuristani نورستانی",
                    "Panjshiri پنجشیری",
                    "Badakhshi بدخشی",
                    "Sadat سادات",
                    "Sharifi شریفی",
                    "Azizi عزیزی",
                    "Habibi حبیبی",
                    "Jalali جلالی",
                    "Qaderi قادری",
                    "Rezaei رضایی",
                    "Rasuli رسولی",
                    "Nazari نظری",
                    "Amiri امیری",
                    "Akbari اکبری",
                    "Ghafoori غفوری",
                    "Hakimi حکیمی",
                    "Naseri ناصری",
                    "Sediqi صدیقی",
                    "Siddiqi صدیقی",
                    "Yaqubi یعقوبی",
                    "Wahidi وحیدی",
                    "Faizi فیضی",
                    "Mansoori منصوری",
                    "Omari عمری",
                    "Farahi فراهی",
                    "Kohistani کوهستانی",
                    "Parwani پروانی",
                    "Logari لوگری",
                    "Ghaznawi غزنوی",
                    "Heravi هروی",
                    "Balkhi بلخی",
                    "Kabuli کابلی",
                    "Andarabi اندرابی",
                    "Baghlani بغلانی",
                    "Samimi صمیمی",
                    "Hamidi حمیدی",
                    "Ebrahimi ابراهیمی",
                    "Mojaddedi مجددی",
                    "Sarwari سروری",
                    "Najibi نجیبی",
                    "Ansari انصاری",
                    "Rahmani رحمانی",
                    "Tokhi توخی",
                    "Hotak هوتک",
                    "Niazi نیازی",
                    "Khalili خلیلی",
                    "Mohseni محسنی",
                    "Jawadi جوادی",
                    "Nabizada نبی‌زاده",
                    "Haqmal حقمل",
                    "Zazai زازی",
                    "Khogyani خوگیانی",
                    "Sahak ساهک",
                    "Taniwal تنیوال",
                    "Jaghori جاغوری",
                    "Behsudi بهسودی",
                    "Uruzgani ارزگانی",
                    "Helmandi هلمندی",
                    "Qandahari قندهاری",
                    "Kunduzi کندزی",
                    "Takhari تخاری",
                    "Faryabi فاریابی",
                    "Jowzjani جوزجانی",
                    "Samangani سمنگانی",
                    "Laghmani لغمانی",
                    "Nangarhari ننگرهاری",
                    "Khosti خوستی",
                    "Zabuli زابلی",
                    "Ghori غوری",
                    "Farahmand فرهمند");

    static final List<Name> MALE =
            names(
                    "Mohammad محمد",
                    "Muhammad محمد",
                    "Ahmad احمد",
                    "Mahmood محمود",
                    "Hamid حمید",
                    "Omid امید",
                    "Yasin یاسین",
                    "Qasim قاسم",
                    "Qassim قاسم",
                    "Farid فرید",
                    "Jawad جواد",
                    "Hussain حسین",
                    "Hussein حسین",
                    "Ali علی",
                    "Reza رضا",
                    "Mustafa مصطفی",
                    "Bilal بلال",
                    "Hamza حمزه",
                    "Idris ادریس",
                    "Khalid خالد",
                    "Nasir ناصر",
                    "Wahid وحید",
                    "Zia ضیا",
                    "Rahim رحیم",
                    "Karim کریم",
                    "Habib حبیب",
                    "Aziz عزیز",
                    "Jamil جمیل",
                    "Sami سمیع",
                    "Naveed نوید",
                    "Nawid نوید",
                    "Shafiq شفیق",
                    "Rafiq رفیق",
                    "Tariq طارق",
                    "Zaher ظاهر",
                    "Zalmai زلمی",
                    "Nabi نبی",
                    "Rasul رسول",
                    "Sharif شریف",
                    "Haroon هارون",
                    "Yousuf یوسف",
                    "Ibrahim ابراهیم",
                    "Ismail اسماعیل",
                    "Ishaq اسحاق",
                    "Yaqub یعقوب",
                    "Musa موسی",
                    "Daud داوود",
                    "Sulaiman سلیمان",
                    "Fazal فضل",
                    "Amin امین",
                    "Asad اسد",
                    "Javed جاوید",
                    "Masood مسعود",
                    "Mansoor منصور",
                    "Obaid عبید",
                    "Zabihullah ذبیح‌الله",
                    "Hekmatullah حکمت‌الله",
                    "Rahmatullah رحمت‌الله",
                    "Najibullah نجیب‌الله",
                    "Hayatullah حیات‌الله",
                    "Ehsanullah احسان‌الله",
                    "Samiullah سمیع‌الله",
                    "Asadullah اسدالله",
                    "Safiullah صفی‌الله",
                    "Akbar اکبر",
                    "Anwar انور",
                    "Emal ایمل",
                    "Fawad فواد",
                    "Hakim حکیم",
                    "Jalil جلیل",
                    "Kabir کبیر",
                    "Latif لطیف",
                    "Majid مجید",
                    "Nazir نذیر",
                    "Qadir قادر",
                    "Rashid رشید",
                    "Tamim تمیم",
                    "Wasim وسیم",
                    "Ajmal اجمل",
                    "Arash آرش",
                    "Behzad بهزاد",
                    "Milad میلاد",
                    "Sohrab سهراب",
                    "Baryalai بریالی",
                    "Mirwais میرویس",
                    "Shahram شهرام",
                    "Farhad فرهاد",
                    "Jamshid جمشید");

    /** First parts of two-part male names: Mohammad Qasim, Ghulam Sakhi, Gul Ahmad … */
    static final List<Name> MALE_PREFIX =
            names(
                    "Mohammad محمد",
                    "Ahmad احمد",
                    "Ghulam غلام",
                    "Sayed سید",
                    "Mir میر",
                    "Noor نور",
                    "Gul گل",
                    "Shah شاه",
                    "Haji حاجی");

    /** Abdul names are one word in Dari: Abdul Rahman, عبدالرحمن. */
    static final List<Name> ABDUL =
            names(
                    "Rahman عبدالرحمن",
                    "Karim عبدالکریم",
                    "Wahid عبدالواحد",
                    "Qadir عبدالقادر",
                    "Jalil عبدالجلیل",
                    "Hakim عبدالحکیم",
                    "Latif عبداللطیف",
                    "Majid عبدالمجید",
                    "Rashid عبدالرشید",
                    "Basir عبدالبصیر",
                    "Ghani عبدالغنی",
                    "Samad عبدالصمد",
                    "Hadi عبدالهادی",
                    "Rauf عبدالرئوف",
                    "Salam عبدالسلام",
                    "Aziz عبدالعزیز",
                    "Hamid عبدالحمید",
                    "Nasir عبدالناصر");

    static final List<Name> FEMALE =
            names(
                    "Zahra زهرا",
                    "Zehra زهرا",
                    "Fatima فاطمه",
                    "Fatema فاطمه",
                    "Maryam مریم",
                    "Marzia مرضیه",
                    "Farida فریده",
                    "Laila لیلا",
                    "Sana ثنا",
                    "Nasrin نسرین",
                    "Shabnam شبنم",
                    "Rahima رحیمه",
                    "Gulalai گلالی",
                    "Malalai ملالی",
                    "Parwana پروانه",
                    "Freshta فرشته",
                    "Hosai هوسی",
                    "Mursal مرسل",
                    "Nargis نرگس",
                    "Roya رویا",
                    "Shukria شکریه",
                    "Soraya ثریا",
                    "Tahmina تهمینه",
                    "Wazhma وژمه",
                    "Zarghona زرغونه",
                    "Zainab زینب",
                    "Khadija خدیجه",
                    "Aisha عایشه",
                    "Hadia هدیه",
                    "Habiba حبیبه",
                    "Jamila جمیله",
                    "Karima کریمه",
                    "Latifa لطیفه",
                    "Mahbooba محبوبه",
                    "Nadia نادیه",
                    "Nilofar نیلوفر",
                    "Palwasha پلوشه",
                    "Qudsia قدسیه",
                    "Rabia رابعه",
                    "Sadia سعدیه",
                    "Safia صفیه",
                    "Samira سمیرا",
                    "Shakila شکیلا",
                    "Sharifa شریفه",
                    "Sultana سلطانه",
                    "Yalda یلدا",
                    "Zakia زکیه",
                    "Zuhra زهره",
                    "Arezo آرزو",
                    "Basira بصیره",
                    "Farzana فرزانه",
                    "Gulnaz گلناز",
                    "Homa هما",
                    "Lida لیدا",
                    "Mina مینا",
                    "Nazanin نازنین",
                    "Negina نگینه",
                    "Setara ستاره",
                    "Shirin شیرین",
                    "Tamana تمنا",
                    "Mahnaz مهناز",
                    "Fariba فریبا",
                    "Masooda مسعوده",
                    "Hamida حمیده",
                    "Halima حلیمه",
                    "Spozhmai سپوژمی",
                    "Suhaila سهیلا",
                    "Fahima فهیمه",
                    "Munira منیره",
                    "Nafisa نفیسه",
                    "Razia رضیه",
                    "Shazia شازیه");

    /** First parts of two-part female names: Bibi Gul, Gul Makai, Sayeda Zahra. */
    static final List<Name> FEMALE_PREFIX = names("Bibi بی بی", "Gul گل", "Sayeda سیده");

    /** Districts of the provinces most persons come from; elsewhere the district is left out. */
    static final Map<String, List<String>> DISTRICTS =
            Map.of(
                    "AF-KAB",
                    List.of(
                            "Khair Khana",
                            "Karte Se",
                            "Shahr-e Naw",
                            "Paghman",
                            "Bagrami",
                            "Dasht-e Barchi",
                            "Macroyan",
                            "Taimani"),
                    "AF-HER",
                    List.of("Herat City", "Injil", "Guzara", "Karukh"),
                    "AF-BAL",
                    List.of("Mazar-i-Sharif", "Dehdadi", "Balkh", "Nahr-e Shahi"),
                    "AF-KAN",
                    List.of("Kandahar City", "Dand", "Arghandab", "Spin Boldak"),
                    "AF-NAN",
                    List.of("Jalalabad", "Behsud", "Surkh Rod", "Kama"),
                    "AF-KDZ",
                    List.of("Kunduz City", "Imam Sahib", "Khan Abad"),
                    "AF-GHA",
                    List.of("Ghazni City", "Jaghori", "Malistan"),
                    "AF-PAR",
                    List.of("Charikar", "Bagram", "Jabal Saraj"));

    static final List<String> PROVINCES =
            List.of(
                    "AF-BAL", "AF-BAM", "AF-BDG", "AF-BDS", "AF-BGL", "AF-DAY", "AF-FRA", "AF-FYB",
                    "AF-GHA", "AF-GHO", "AF-HEL", "AF-HER", "AF-JOW", "AF-KAB", "AF-KAN", "AF-KAP",
                    "AF-KDZ", "AF-KHO", "AF-KNR", "AF-LAG", "AF-LOG", "AF-NAN", "AF-NIM", "AF-NUR",
                    "AF-PAN", "AF-PAR", "AF-PIA", "AF-PKA", "AF-SAM", "AF-SAR", "AF-TAK", "AF-URU",
                    "AF-WAR", "AF-ZAB");

    private AfghanNames() {}

    /**
     * An element drawn with a Zipf-like skew (weight 1/√rank): the first names of a list, the
     * common ones, come up several times as often as the last.
     */
    static <T> T common(List<T> list, SplittableRandom random) {
        double u = random.nextDouble();
        // Inverse of the cumulative weight of 1/sqrt(rank), which grows like 2 sqrt(rank).
        int index = (int) (u * u * list.size());
        return list.get(Math.min(index, list.size() - 1));
    }

    /** Kabul for about a third, the seven next-largest provinces for a third, any province else. */
    static String province(SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.35) {
            return "AF-KAB";
        }
        if (u < 0.70) {
            List<String> large =
                    List.of("AF-HER", "AF-BAL", "AF-KAN", "AF-NAN", "AF-KDZ", "AF-GHA", "AF-PAR");
            return large.get(random.nextInt(large.size()));
        }
        return PROVINCES.get(random.nextInt(PROVINCES.size()));
    }

    private static List<Name> names(String... latinAndDari) {
        return java.util.Arrays.stream(latinAndDari)
                .map(
                        pair -> {
                            int space = pair.indexOf(' ');
                            return new Name(pair.substring(0, space), pair.substring(space + 1));
                        })
                .toList();
    }
}
