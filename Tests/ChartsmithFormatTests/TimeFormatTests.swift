import Testing
import ChartsmithFormat

/// Expected values follow d3-time-format's README and test/utcFormat-test.js.
@Suite("d3-time-format utcFormat")
struct TimeFormatTests {
    /// Friday 5 March 2010, 22:07:09.042 UTC.
    let date = DateParsing.utc(year: 2010, month: 2, day: 5, hour: 22, minute: 7, second: 9, millisecond: 42)!

    private func f(_ specifier: String, _ t: Double, _ locale: TimeLocale = .default) -> String {
        TimeFormat(specifier, locale: locale).format(t)
    }

    @Test("%Y and %b %Y give the year and the abbreviated month with year")
    func yearAndMonth() {
        #expect(f("%Y", date) == "2010")
        #expect(f("%b %Y", date) == "Mar 2010")
        #expect(f("%B %d, %Y", date) == "March 05, 2010")
    }

    @Test("names, numbers and zero padding of every directive")
    func directives() {
        #expect(f("%a %A %b %B", date) == "Fri Friday Mar March")
        #expect(f("%d %e %H %I %p %M %S %L %f", date) == "05  5 22 10 PM 07 09 042 042000")
        #expect(f("%j %m %q %w %u %y %Z %%", date) == "064 03 1 5 5 10 +0000 %")
        #expect(f("%Q %s", date) == "1267826829042 1267826829")
        #expect(f("%U %W %V %G %g", date) == "09 09 09 2010 10")
    }

    @Test("the locale's %c, %x and %X formats")
    func localeFormats() {
        #expect(f("%c", date) == "3/5/2010, 10:07:09 PM")
        #expect(f("%x", date) == "3/5/2010")
        #expect(f("%X", date) == "10:07:09 PM")
        #expect(f("%c", date, .enGB) == "Fri  5 Mar 22:07:09 2010")
    }

    @Test("padding modifiers: - removes, _ uses spaces, 0 uses zeros")
    func padModifiers() {
        #expect(f("%-d/%-m/%Y", date) == "5/3/2010")
        #expect(f("%_d|%_m", date) == " 5| 3")
        #expect(f("%0e", date) == "05")
        #expect(f("%-j", date) == "64")
    }

    @Test("week numbers at the turn of a year follow d3 (Sunday, Monday and ISO weeks)")
    func weekNumbers() {
        let newYear2021 = DateParsing.utc(year: 2021)!  // a Friday
        #expect(f("%U %W %V %j", newYear2021) == "00 00 53 001")
        #expect(f("%G-W%V-%u", newYear2021) == "2020-W53-5")
    }

    @Test("month and day names come from the locale")
    func localizedNames() {
        #expect(f("%A, %e. %B %Y", date, .deDE) == "Freitag,  5. März 2010")
        #expect(f("%a %e %b %Y", date, .frFR) == "ven.  5 mars 2010")
        #expect(f("%A %d de %B", date, .esES) == "viernes 05 de marzo")
        #expect(TimeLocale.named("de-DE") == .deDE)
        #expect(TimeLocale.named("it-IT") == nil)
    }

    @Test("years before 1 and unknown directives print as d3 prints them")
    func edgeCases() {
        #expect(f("%Y-%m-%d", DateParsing.utc(year: -1)!) == "-0001-01-01")
        #expect(f("%k%", date) == "k")
        #expect(f("%Y", .nan) == "0NaN")
    }
}

@Suite("Date strings read as JavaScript's Date.parse reads them, in UTC")
struct DateParsingTests {
    @Test("ISO forms: year, year-month, date, date-time, with Z or an offset")
    func isoForms() {
        #expect(DateParsing.parse("2010") == 1_262_304_000_000)
        #expect(DateParsing.parse("2010-03") == 1_267_401_600_000)
        #expect(DateParsing.parse("2010-03-05") == 1_267_747_200_000)
        #expect(DateParsing.parse("2010-03-05T10:00") == 1_267_783_200_000)
        #expect(DateParsing.parse("2010-03-05T10:00:00.250Z") == 1_267_783_200_250)
        #expect(DateParsing.parse("2010-03-05T10:00+01:00") == 1_267_779_600_000)
        #expect(DateParsing.parse("+002010-03-05") == 1_267_747_200_000)
    }

    @Test("the legacy forms browsers accept")
    func legacyForms() {
        #expect(DateParsing.parse("Mar 5 2010") == 1_267_747_200_000)
        #expect(DateParsing.parse("5 March 2010") == 1_267_747_200_000)
        #expect(DateParsing.parse("March 5, 2010 10:30 PM") == 1_267_828_200_000)
        #expect(DateParsing.parse("2010/03/05") == 1_267_747_200_000)
        #expect(DateParsing.parse("03/05/2010") == 1_267_747_200_000)
        #expect(DateParsing.parse("Fri, 05 Mar 2010 10:00:00 GMT") == 1_267_783_200_000)
        #expect(DateParsing.parse("Mar 5 2010 GMT+0100") == 1_267_743_600_000)
        #expect(DateParsing.parse("12/31/99") == 946_598_400_000)
    }

    @Test("out-of-range days overflow like JavaScript's, but invalid months fail")
    func overflow() {
        #expect(DateParsing.parse("2010-02-30") == 1_267_488_000_000)  // 2 March
        #expect(DateParsing.parse("Feb 30 2010") == 1_267_488_000_000)
        #expect(DateParsing.parse("2010-13-01") == nil)
    }

    @Test("unparseable strings and out-of-range times give nil")
    func invalid() {
        #expect(DateParsing.parse("not a date") == nil)
        #expect(DateParsing.parse("") == nil)
        #expect(DateParsing.parse("1262304000000") == nil)
        #expect(DateParsing.parse("+275760-09-13T00:00:00.001Z") == nil)
        #expect(DateParsing.parse("+275760-09-13T00:00:00.000Z") == 8.64e15)
    }

    @Test("numbers are millisecond timestamps, truncated like new Date(number)")
    func numbers() {
        #expect(DateParsing.parse(1_267_747_200_000.7) == 1_267_747_200_000)
        #expect(DateParsing.parse(.nan) == nil)
        #expect(DateParsing.parse(9e15) == nil)
    }
}
