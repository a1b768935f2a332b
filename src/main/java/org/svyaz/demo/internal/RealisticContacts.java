package org.svyaz.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.svyaz.contacts.ContactFields;

/**
 * Makes contacts that look like a sales team's: Russian and English people with matching
 * companies, cities, phone numbers in the local format, e-mail addresses and contract codes.
 * The same seed gives the same contacts.
 */
final class RealisticContacts {

    private static final List<String> RUSSIAN_MEN = List.of("Александр", "Алексей", "Андрей", "Борис", "Василий", "Виктор",
            "Владимир", "Дмитрий", "Евгений", "Иван", "Игорь", "Константин", "Максим", "Михаил", "Николай", "Олег", "Павел",
            "Сергей", "Юрий", "Ярослав");
    private static final List<String> RUSSIAN_WOMEN = List.of("Анна", "Валентина", "Галина", "Дарья", "Екатерина", "Елена",
            "Ирина", "Ксения", "Лариса", "Людмила", "Марина", "Мария", "Наталья", "Ольга", "Светлана", "Татьяна", "Юлия");
    /** Surnames in their masculine form; the feminine adds -а. */
    private static final List<String> RUSSIAN_SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
            "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев",
            "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров");
    private static final List<String> ENGLISH_FIRST = List.of("James", "John", "Robert", "Michael", "William", "David", "Richard",
            "Thomas", "Charles", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
            "Karen", "Emily", "Oliver", "Harry", "George", "Amelia", "Olivia");
    private static final List<String> ENGLISH_LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
            "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
            "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson");
    private static final List<String> RUSSIAN_COMPANY_WORDS = List.of("Ромашка", "Вектор", "Альянс", "Гранит", "Сфера", "Меридиан",
            "Прогресс", "Восход", "Север", "Волга", "Урал", "Сибирь", "Интерторг", "Стройинвест", "Технопарк", "Агрохолдинг",
            "Промсервис", "Логистик", "Энергия", "Радуга", "Феникс", "Орион", "Калина", "Берёзка", "Кристалл");
    private static final List<String> RUSSIAN_FORMS = List.of("ООО «%s»", "АО «%s»", "ЗАО «%s»", "ИП %s", "ГК «%s»");
    private static final List<String> ENGLISH_COMPANY_WORDS = List.of("Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne",
            "Hooli", "Vandelay", "Cyberdyne", "Soylent", "Tyrell", "Wonka", "Gringotts", "Oscorp", "Massive Dynamic",
            "Pied Piper", "Kwik-e-mart", "Monarch", "Aperture", "Black Mesa");
    private static final List<String> ENGLISH_FORMS = List.of("%s Ltd", "%s Inc.", "%s Trading", "%s Group", "%s Systems");
    private static final List<City> RUSSIAN_CITIES = List.of(new City("Москва", "Москва", "495", "101000"),
            new City("Санкт-Петербург", "Санкт-Петербург", "812", "190000"), new City("Тверь", "Тверская область", "4822", "170000"),
            new City("Казань", "Республика Татарстан", "843", "420000"), new City("Новосибирск", "Новосибирская область", "383", "630000"),
            new City("Екатеринбург", "Свердловская область", "343", "620000"), new City("Нижний Новгород", "Нижегородская область", "831", "603000"),
            new City("Самара", "Самарская область", "846", "443000"), new City("Ростов-на-Дону", "Ростовская область", "863", "344000"),
            new City("Краснодар", "Краснодарский край", "861", "350000"), new City("Воронеж", "Воронежская область", "473", "394000"),
            new City("Пермь", "Пермский край", "342", "614000"));
    private static final List<City> ENGLISH_CITIES = List.of(new City("London", "England", "20", "EC1A 1BB"),
            new City("Manchester", "England", "161", "M1 1AE"), new City("New York", "NY", "212", "10001"),
            new City("Chicago", "IL", "312", "60601"), new City("Springfield", "OR", "541", "97403"), new City("Boston", "MA", "617", "02108"));
    private static final List<String> RUSSIAN_STREETS = List.of("ул. Ленина", "ул. Советская", "пр-т Мира", "ул. Гагарина",
            "ул. Садовая", "ул. Пушкина", "Тверская ул.", "ул. Победы", "Невский пр-т", "ул. Кирова");
    private static final List<String> ENGLISH_STREETS = List.of("High Street", "Main Street", "Park Avenue", "Oak Lane",
            "Church Road", "Evergreen Terrace", "Elm Street", "Maple Avenue");
    private static final List<String> RUSSIAN_TITLES = List.of("Генеральный директор", "Коммерческий директор", "Главный бухгалтер",
            "Менеджер по закупкам", "Начальник отдела снабжения", "Менеджер по продажам", "Юрист", "Логист", "Финансовый директор");
    private static final List<String> ENGLISH_TITLES = List.of("CEO", "Sales director", "Purchasing manager", "Accountant",
            "Office manager", "Buyer", "Head of procurement", "Logistics manager");
    private static final List<String> STATUSES = List.of("prospect", "prospect", "prospect", "customer", "customer", "other");
    private static final Map<Character, String> TRANSLITERATION = transliteration();
    static final List<String> NOTES = List.of(
            "Звонил, просил перезвонить на следующей неделе.", "Отправили коммерческое предложение по электронной почте.",
            "Интересуется оптовыми поставками, нужен прайс-лист.", "Встреча в офисе прошла хорошо, ждём решения.",
            "Договор на согласовании у юристов.", "Called about the renewal; send the updated price list.",
            "Met at the trade fair, interested in a pilot project.", "Asked for references from existing customers.");

    private final Random random;

    RealisticContacts(long seed) {
        this.random = new Random(seed);
    }

    ContactFields next(int number) {
        boolean russian = random.nextInt(10) < 7;
        return russian ? russian(number) : english(number);
    }

    String note() {
        return pick(NOTES);
    }

    private ContactFields russian(int number) {
        boolean woman = random.nextBoolean();
        String firstName = pick(woman ? RUSSIAN_WOMEN : RUSSIAN_MEN);
        String surname = pick(RUSSIAN_SURNAMES);
        String lastName = woman ? surname + "а" : surname;
        String word = pick(RUSSIAN_COMPANY_WORDS);
        String company = String.format(pick(RUSSIAN_FORMS), word);
        City city = pick(RUSSIAN_CITIES);
        String domain = transliterate(word).toLowerCase() + ".ru";
        String email = transliterate(firstName).toLowerCase().charAt(0) + "." + transliterate(lastName).toLowerCase() + number + "@" + domain;
        String phone = String.format("+7 (%s) %03d-%02d-%02d", city.code(), random.nextInt(1000), random.nextInt(100), random.nextInt(100));
        String address = pick(RUSSIAN_STREETS) + ", д. " + (1 + random.nextInt(120));
        return fields(company, firstName, lastName, woman ? "Госпожа" : "Господин", pick(RUSSIAN_TITLES), phone, email, address,
                city, "Россия", "www." + domain, number);
    }

    private ContactFields english(int number) {
        String firstName = pick(ENGLISH_FIRST);
        String lastName = pick(ENGLISH_LAST);
        String word = pick(ENGLISH_COMPANY_WORDS);
        String company = String.format(pick(ENGLISH_FORMS), word);
        City city = pick(ENGLISH_CITIES);
        String domain = word.toLowerCase().replaceAll("[^a-z]", "") + ".com";
        String email = firstName.toLowerCase() + "." + lastName.toLowerCase() + number + "@" + domain;
        String phone = String.format("+1 (%s) 555-%04d", city.code(), random.nextInt(10000));
        String address = (1 + random.nextInt(999)) + " " + pick(ENGLISH_STREETS);
        String country = city.region().length() == 2 ? "USA" : "United Kingdom";
        return fields(company, firstName, lastName, "", pick(ENGLISH_TITLES), phone, email, address, city, country, "www." + domain, number);
    }

    private ContactFields fields(String company, String firstName, String lastName, String salutation, String title, String phone,
            String email, String address, City city, String country, String website, int number) {
        Map<String, Object> custom = random.nextInt(3) == 0 ? Map.of() : Map.of("contractCode", String.format("D-%07d", number));
        return new ContactFields(company, firstName, lastName, salutation, title, null, phone, null, null, null, null, email,
                List.of(), website, address, null, city.name(), city.region(), city.postalCode(), country, pick(STATUSES),
                (UUID) null, null, false, custom);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String transliterate(String text) {
        StringBuilder latin = new StringBuilder();
        for (char c : text.toCharArray()) {
            String mapped = TRANSLITERATION.get(Character.toLowerCase(c));
            latin.append(mapped == null ? (Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "") : mapped);
        }
        return latin.toString();
    }

    private static Map<Character, String> transliteration() {
        String[][] pairs = {{"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"},
            {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"},
            {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}};
        Map<Character, String> map = new java.util.HashMap<>();
        for (String[] pair : pairs) {
            map.put(pair[0].charAt(0), pair[1]);
        }
        return map;
    }

    private record City(String name, String region, String code, String postalCode) {
    }
}
