/// A date-formatting locale with the fields of a d3-time-format locale definition.
public struct TimeLocale: Sendable, Hashable {
    /// The `%c` format, e.g. "%x, %X".
    public var dateTime: String
    /// The `%x` format, e.g. "%-m/%-d/%Y".
    public var date: String
    /// The `%X` format, e.g. "%-I:%M:%S %p".
    public var time: String
    /// The `%p` texts for before and after noon.
    public var periods: [String]
    /// Weekday names from Sunday (`%A`).
    public var days: [String]
    /// Abbreviated weekday names from Sunday (`%a`).
    public var shortDays: [String]
    /// Month names from January (`%B`).
    public var months: [String]
    /// Abbreviated month names from January (`%b`).
    public var shortMonths: [String]

    /// Creates a locale.
    public init(dateTime: String, date: String, time: String, periods: [String], days: [String],
                shortDays: [String], months: [String], shortMonths: [String]) {
        self.dateTime = dateTime
        self.date = date
        self.time = time
        self.periods = periods
        self.days = days
        self.shortDays = shortDays
        self.months = months
        self.shortMonths = shortMonths
    }

    private static let englishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let englishShortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"]
    private static let englishShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// d3-time-format's default locale, which is en-US.
    public static let `default` = enUS

    /// en-US.
    public static let enUS = TimeLocale(
        dateTime: "%x, %X", date: "%-m/%-d/%Y", time: "%-I:%M:%S %p", periods: ["AM", "PM"],
        days: englishDays, shortDays: englishShortDays, months: englishMonths, shortMonths: englishShortMonths
    )

    /// en-GB.
    public static let enGB = TimeLocale(
        dateTime: "%a %e %b %X %Y", date: "%d/%m/%Y", time: "%H:%M:%S", periods: ["AM", "PM"],
        days: englishDays, shortDays: englishShortDays, months: englishMonths, shortMonths: englishShortMonths
    )

    /// de-DE.
    public static let deDE = TimeLocale(
        dateTime: "%A, der %e. %B %Y, %X", date: "%d.%m.%Y", time: "%H:%M:%S", periods: ["AM", "PM"],
        days: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        shortDays: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
        months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember"],
        shortMonths: ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
    )

    /// fr-FR.
    public static let frFR = TimeLocale(
        dateTime: "%A, le %e %B %Y, %X", date: "%d/%m/%Y", time: "%H:%M:%S", periods: ["AM", "PM"],
        days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        shortDays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
        months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"],
        shortMonths: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    )

    /// es-ES.
    public static let esES = TimeLocale(
        dateTime: "%A, %e de %B de %Y, %X", date: "%d/%m/%Y", time: "%H:%M:%S", periods: ["AM", "PM"],
        days: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
        shortDays: ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
        months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"],
        shortMonths: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    )

    /// The built-in locales by BCP-47 name.
    public static let builtIn: [String: TimeLocale] = [
        "en-US": enUS, "en-GB": enGB, "de-DE": deDE, "fr-FR": frFR, "es-ES": esES,
    ]

    /// Looks up a built-in locale by BCP-47 name ("de-DE"); case and the
    /// separator ("-" or "_") do not matter. Returns `nil` for unknown names.
    public static func named(_ name: String) -> TimeLocale? {
        guard let key = canonicalLocaleName(name, known: builtIn.keys) else { return nil }
        return builtIn[key]
    }
}
