package kz.qualify.bench.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a staff table of a given size as .xlsx with POI's streaming SXSSFWorkbook and a shared
 * strings table (as Excel and LibreOffice write them): a title row, the header, then one person a
 * row with № п/п, ФИО, specialty, position, experience (numbers and text), level, category and
 * production. The same seed gives the same file.
 *
 * <pre>java -cp bench/target/benchmarks.jar kz.qualify.bench.staff.StaffTableFile FILE [ROWS]</pre>
 */
public final class StaffTableFile {

    private StaffTableFile() {}

    private static final List<String> SURNAMES = List.of(
            "Ахметов",
            "Иванов",
            "Жумабаев",
            "Ким",
            "Сергеев",
            "Омаров",
            "Петров",
            "Нурланов",
            "Смагулов",
            "Беков",
            "Касымов",
            "Ли",
            "Оспанов",
            "Мамедов",
            "Алиев",
            "Сидоренко",
            "Серикбаев",
            "Абдрахманов",
            "Кузнецов",
            "Попов",
            "Есенов",
            "Токаев",
            "Байжанов",
            "Исмаилов",
            "Садыков",
            "Жаксылыков",
            "Мухамеджанов",
            "Рахимов",
            "Волков",
            "Соколов",
            "Тулегенов",
            "Ермеков",
            "Габдуллин",
            "Калиев",
            "Шаймерденов",
            "Бейсенов",
            "Федоров",
            "Морозов",
            "Хасенов",
            "Утегенов",
            "Дюсенов",
            "Нургалиев",
            "Орлов",
            "Лебедев",
            "Аубакиров",
            "Жанибеков",
            "Курманов",
            "Сапаров",
            "Толегенов",
            "Мусин",
            "Каримов",
            "Зайцев",
            "Павлов",
            "Семенов",
            "Голубев",
            "Виноградов",
            "Богданов",
            "Воробьев",
            "Амиров",
            "Ибраев");
    private static final List<String> NAMES = List.of(
            "Серик",
            "Пётр",
            "Нурлан",
            "Виктор",
            "Павел",
            "Ержан",
            "Алексей",
            "Арман",
            "Денис",
            "Бахыт",
            "Рустам",
            "Олег",
            "Дмитрий",
            "Асхат",
            "Марат",
            "Данияр",
            "Ерлан",
            "Азамат",
            "Игорь",
            "Сергей",
            "Кайрат",
            "Бауыржан",
            "Андрей",
            "Тимур",
            "Айдар",
            "Максим",
            "Руслан",
            "Канат",
            "Жандос",
            "Ильяс",
            "Евгений",
            "Нурсултан",
            "Олжас",
            "Михаил",
            "Владимир",
            "Галым",
            "Ерболат",
            "Александр",
            "Самат",
            "Аслан");
    private static final List<String> PATRONYMICS = List.of(
            "Болатович",
            "Сергеевич",
            "Кайратович",
            "Андреевич",
            "Иванович",
            "Асланович",
            "Николаевич",
            "Ерланович",
            "Маратович",
            "Аликович",
            "Викторович",
            "Петрович",
            "Серикович",
            "Нурланович",
            "Дмитриевич",
            "Ерболович",
            "Канатович",
            "Амангельдиевич",
            "Александрович",
            "Муратович",
            "Владимирович",
            "Бахытович",
            "Асхатович",
            "Олегович",
            "Тимурович",
            "Жанович",
            "Айдарович",
            "Игоревич",
            "Русланович",
            "Даниярович");
    private static final List<String> SPECIALTIES = List.of(
            "5В071800 Электроэнергетика",
            "Электроэнергетические системы и сети",
            "050718 Электроэнергетика",
            "Электроснабжение (по отраслям)",
            "Электрические станции и сети",
            "Теплоэнергетика",
            "5В071700 Теплоэнергетика",
            "Релейная защита и автоматика",
            "Машиностроение",
            "Техник-электрик",
            "6B07101 Электроэнергетика",
            "Электрооборудование",
            "Учет и аудит",
            "Экономика",
            "Нефтегазовое дело",
            "Агрономия");
    private static final List<String> POSITIONS = List.of(
            "Электромонтёр",
            "Электромонтёр по ремонту ВЛ",
            "Инженер",
            "Ведущий инженер",
            "Мастер участка",
            "Начальник участка",
            "Главный инженер",
            "Техник",
            "Диспетчер",
            "Слесарь",
            "Водитель",
            "Электрослесарь",
            "Инженер-релейщик",
            "Начальник службы",
            "Бухгалтер",
            "Экономист",
            "Кабельщик-спайщик",
            "Машинист автовышки");
    private static final List<String> LEVELS =
            List.of("высшее", "высшее", "средне-специальное", "техническое и профессиональное", "колледж", "магистр");
    private static final List<String> CATEGORIES = List.of("руководитель", "специалист", "рабочий");
    private static final List<String> TEXT_EXPERIENCE =
            List.of("5 лет 3 мес.", "1 год", "8 мес", "3 г.", "12 лет", "2 года 6 месяцев", "7 л. 2 м.");

    /** Writes {@code rows} people to {@code file}; returns the file. */
    public static Path write(Path file, int rows) throws IOException {
        var random = new Random(967);
        try (var workbook = new SXSSFWorkbook(new XSSFWorkbook(), 1_000, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Персонал");
            sheet.createRow(0).createCell(0).setCellValue("Сводная таблица технических руководителей и специалистов");
            var header = sheet.createRow(1);
            var captions = List.of(
                    "№ п/п",
                    "ФИО",
                    "Специальность по образованию",
                    "Должность",
                    "Стаж работы по специальности в данной области",
                    "Уровень образования",
                    "Категория",
                    "Производственный персонал");
            for (int c = 0; c < captions.size(); c++) header.createCell(c).setCellValue(captions.get(c));
            for (int i = 0; i < rows; i++) {
                var row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1)
                        .setCellValue(SURNAMES.get(i % SURNAMES.size()) + " " + NAMES.get((i / 60) % NAMES.size()) + " "
                                + PATRONYMICS.get((i / 2400) % PATRONYMICS.size()));
                row.createCell(2).setCellValue(SPECIALTIES.get(random.nextInt(SPECIALTIES.size())));
                var position = POSITIONS.get(random.nextInt(POSITIONS.size()));
                row.createCell(3).setCellValue(position);
                if (random.nextBoolean()) {
                    row.createCell(4).setCellValue(Math.round(random.nextDouble() * 400) / 10.0);
                } else {
                    row.createCell(4).setCellValue(TEXT_EXPERIENCE.get(random.nextInt(TEXT_EXPERIENCE.size())));
                }
                row.createCell(5).setCellValue(LEVELS.get(random.nextInt(LEVELS.size())));
                row.createCell(6).setCellValue(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
                row.createCell(7)
                        .setCellValue(position.equals("Бухгалтер") || position.equals("Экономист") ? "нет" : "да");
            }
            workbook.write(out);
        }
        return file;
    }

    public static void main(String[] args) throws IOException {
        var file = Path.of(args.length > 0 ? args[0] : "staff-50000.xlsx");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        write(file, rows);
        System.out.println(file + ": " + rows + " rows, " + Files.size(file) + " bytes");
    }
}
