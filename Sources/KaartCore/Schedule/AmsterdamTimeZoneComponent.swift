/// The VTIMEZONE block for Europe/Amsterdam: CET (UTC+1) in winter, CEST (UTC+2) from the
/// last Sunday of March 02:00 to the last Sunday of October 03:00, the EU rule in force since
/// 1996. 1970-03-29 and 1970-10-25 are the last Sundays of those months in 1970, the customary
/// start for these recurring rules.
enum AmsterdamTimeZoneComponent {
    static let lines: [String] = [
        "BEGIN:VTIMEZONE",
        "TZID:\(AmsterdamClock.timeZoneIdentifier)",
        "X-LIC-LOCATION:\(AmsterdamClock.timeZoneIdentifier)",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
